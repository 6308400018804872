"""A team or campaign named with its principal speaks as a group of its own (sentences of our
own): "The Reyes campaign legal team announced that ..." is that team, not nobody."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Tom Reyes campaign legal team announced that it would file a lawsuit in Ohio.",
         "tom-reyes-campaign-legal-team"),
        ("Mia Kerr's campaign said on Monday that it would ask for a recount.",
         "mia-kerr-s-campaign"),
    ],
)  # fmt: skip
def test_a_principal_s_team_speaks(extractor: Extractor, sentence: str, speaker: str) -> None:
    found = extractor(Article("t", sentence + "\n")).quotes
    assert [q.speaker for q in found] == [speaker]
