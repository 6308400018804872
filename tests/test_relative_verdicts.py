"""A verdict told inside a relative clause on an election is the teller's (sentences of our
own): "a vote which observers said was flawed" disputes that it was free and fair, "an
election that X said was rigged" disputes its results, "which X said was not rigged" upholds
them; a verdict the narrator gives in the relative clause is no one's."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_LEAD = "Zambia voted on Sunday, and ballots were counted across Zambia.\n\n"


def _claims(extractor: Extractor, sentence: str) -> set[tuple[str, str, str]]:
    found = extractor(Article("t", _LEAD + sentence))
    names = {a.id: a.name for a in found.actors}
    return {
        (names[s.source], s.target, s.polarity) for s in found.stances if s.target_kind == "claim"
    }


@pytest.mark.parametrize(
    ("sentence", "claim", "polarity"),
    [
        ("Tomas Berg won a vote which observers from the Liberty Front said was severely flawed.",
         "zambia-election-was-free-and-fair", "oppose"),
        ("Tomas Berg won a vote which the Liberty Front said was rigged.",
         "zambia-results-are-valid", "oppose"),
        ("Tomas Berg won an election that the Liberty Front says was free and fair.",
         "zambia-election-was-free-and-fair", "support"),
        ("Tomas Berg won a vote which the Liberty Front said was not rigged.",
         "zambia-results-are-valid", "support"),
    ],
)  # fmt: skip
def test_a_verdict_told_in_a_relative_clause_is_the_tellers(
    extractor: Extractor, sentence: str, claim: str, polarity: str
) -> None:
    assert ("Liberty Front", claim, polarity) in _claims(extractor, sentence)


def test_the_narrators_verdict_in_a_relative_clause_is_no_ones(extractor: Extractor) -> None:
    assert not _claims(extractor, "Tomas Berg won a vote which was severely flawed.")
