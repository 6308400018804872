"""A verdict on the count or the tally is one on the election (sentences of our own): "said the
count was fair" upholds the election as free and fair, "the tally was rigged" calls it
fraudulent."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_LEAD = (
    "Jordan held a parliamentary election on March 3, and Jordanian officials counted ballots "
    "across Jordan.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "claim", "polarity"),
    [
        ("The Independent Electoral Commission said on Friday that the count was fair.",
         "jordan-election-was-free-and-fair", "support"),
        ('"The tally was rigged from the start," opposition leader Rami Saleh said.',
         "jordan-results-are-valid", "oppose"),
    ],
)  # fmt: skip
def test_a_verdict_on_the_count_judges_the_election(
    extractor: Extractor, sentence: str, claim: str, polarity: str
) -> None:
    found = extractor(Article("t", _LEAD + sentence))
    assert {(s.target, s.polarity) for s in found.stances if s.target_kind == "claim"} == {
        (claim, polarity)
    }
