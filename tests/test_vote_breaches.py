"""Breaches said of a vote and verdicts on "it": "There were violations in this election",
"misconduct at polling stations", "electoral violations" are faults of the vote (against its
official results), "human rights violations" are not; "It was the dirtiest election," a
speaker says, and the speaker, not the "it", holds that it was not free and fair."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

LEAD = "Estonia held a presidential election on Sunday. "


def stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", LEAD + text))
    names = {a.id: a.name for a in result.actors}
    return {(names.get(s.source, s.source), s.polarity, s.target) for s in result.stances}


@pytest.mark.parametrize(
    "text",
    [
        '"There were unprecedented violations in this election," said Tomas Berg.',
        "Tomas Berg said observers had documented serious violations at polling stations.",
        '"We saw massive electoral violations," said Tomas Berg.',
    ],
)
def test_a_breach_of_the_vote_opposes_its_results(extractor: Extractor, text: str) -> None:
    assert ("Tomas Berg", "oppose", "estonia-results-are-valid") in stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        '"There were serious human rights violations in the border region," said Tomas Berg.',
        '"There were no violations in this election," said Tomas Berg.',
        '"We saw violations of the ceasefire," said Tomas Berg.',
        '"There was abuse at the police station," said Tomas Berg.',
    ],
)
def test_other_breaches_are_no_fault_of_the_vote(extractor: Extractor, text: str) -> None:
    assert ("Tomas Berg", "oppose", "estonia-results-are-valid") not in stances(extractor, text)


@pytest.mark.parametrize(
    ("words", "polarity"),
    [
        ("It was the dirtiest election in our history", "oppose"),
        ("It was a flawed election", "oppose"),
        ("This was a free and fair election", "support"),
    ],
)
def test_a_verdict_on_it_is_the_speakers(extractor: Extractor, words: str, polarity: str) -> None:
    found = stances(extractor, f'"{words}," said Tomas Berg, an opposition candidate.')
    assert ("Tomas Berg", polarity, "estonia-election-was-free-and-fair") in found
    assert not {s for s in found if s[0] == "Estonia"}
