"""A verdict word on an election still to hold is a wish, not a verdict: "an opportunity to show
its commitment by organising free and fair elections that are credible", "must hold credible
polls"; "held free and fair elections" and "the election was free and fair" are verdicts."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

LEAD = "Estonia held a general election on Sunday. "


def verdicts(extractor: Extractor, words: str) -> set[tuple[str, str]]:
    result = extractor(Article("t", f'{LEAD}"{words}," said Tomas Berg.'))
    return {(s.polarity, s.target) for s in result.stances if s.target_kind == "claim"}


@pytest.mark.parametrize(
    "words",
    [
        "Estonia still has an opportunity to show its commitment by organising free and fair elections that are credible",
        "Estonia must hold elections that are credible",
    ],
)
def test_an_election_to_hold_is_no_verdict(extractor: Extractor, words: str) -> None:
    assert ("support", "estonia-election-was-free-and-fair") not in verdicts(extractor, words)


@pytest.mark.parametrize(
    "words",
    [
        "Estonia held free and fair elections that were credible",
        "The election was free and fair",
        "The government did hold elections in Estonia that were credible",
    ],
)
def test_an_election_held_is_judged(extractor: Extractor, words: str) -> None:
    assert ("support", "estonia-election-was-free-and-fair") in verdicts(extractor, words)
