"""Asking someone not to act presses them to refrain: a stance against them (sentences of our
own); asking them to act is read by the other call readers, not as opposition."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "sentence",
    [
        "Premier Tom Reyes appealed to the Green Party not to spread rumours about the count.",
        "Tom Reyes urged the Green Party not to block the budget.",
        "Tom Reyes asked the Green Party on Monday not to boycott the session.",
    ],
)
def test_asking_one_not_to_act_opposes_them(extractor: Extractor, sentence: str) -> None:
    found = extractor(Article("t", sentence + "\n")).stances
    assert ("tom-reyes", "green-party", "oppose") in {
        (s.source, s.target, s.polarity) for s in found
    }


def test_asking_one_to_act_is_no_opposition(extractor: Extractor) -> None:
    text = "Tom Reyes urged the Green Party to back the budget.\n"
    found = extractor(Article("t", text)).stances
    assert ("tom-reyes", "green-party", "oppose") not in {
        (s.source, s.target, s.polarity) for s in found
    }
