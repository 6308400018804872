"""A role two people are written with (sentences of our own): "the prime minister said" after
"Greek Prime Minister X ... with British Prime Minister Y" is the one of them who last acted or
spoke, X, and never a node "prime minister"."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said

TEXT = (
    "Greek Prime Minister Kyriakos Mitsotakis expressed his annoyance on Monday evening over "
    "the cancellation of his meeting in London with British Prime Minister Rishi Sunak.\n\n"
    '"I express my annoyance at the fact that the British prime minister canceled our '
    'scheduled meeting," the prime minister said.'
)


def test_the_role_is_the_one_who_acted(extractor: Extractor) -> None:
    assert [name for name, _ in said(extractor, TEXT)] == ["Kyriakos Mitsotakis"]
