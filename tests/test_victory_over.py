"""A victory claimed over someone opposes them (sentences of our own): "X claimed victory on
Monday over incumbent Y" is X against Y, besides X's claim to have won."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_LEAD = "Kenya held a presidential election on Saturday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition leader Tom Reyes claimed victory on Monday over incumbent Ana Lenz.",
        "Tom Reyes declared victory over Ana Lenz in the runoff.",
    ],
)
def test_a_victory_over_one_opposes_them(extractor: Extractor, sentence: str) -> None:
    found = {
        (s.source, s.target, s.polarity) for s in extractor(Article("t", _LEAD + sentence)).stances
    }
    assert {
        ("tom-reyes", "ana-lenz", "oppose"),
        ("tom-reyes", "tom-reyes-won-the-election", "support"),
    } <= found
