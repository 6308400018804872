"""A candidate quoted claiming the win, in a story that tells a rival won, disputes the rival's
win and stands against the rival (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = "Official results show Ana Lenz won the presidential election with 54 percent of the vote.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Her rival, Tomas Ferro, insisted he was the real winner.",
        '"We won this election," Tomas Ferro told supporters on Tuesday.',
    ],
)
def test_a_claimed_win_opposes_the_winner(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert {
        ("Tomas Ferro", "support", "tomas-ferro-won-the-election"),
        ("Tomas Ferro", "oppose", "ana-lenz-won-the-election"),
        ("Tomas Ferro", "oppose", "Ana Lenz"),
    } <= found


def test_the_winner_claiming_the_win_opposes_no_one(extractor: Extractor) -> None:
    found = stance_triples(extractor, _LEAD + '"We won this election," Ana Lenz said on Tuesday.')
    assert not any(polarity == "oppose" for _, polarity, _ in found)
