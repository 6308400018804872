""" "Opposition" said with a word of degree or aimed at something is an attitude, not a party
(sentences of our own): "ignoring China's repeated strong opposition" makes no node "Chinese
opposition"."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def _names(extractor: Extractor, text: str) -> set[str]:
    found = extractor(Article("t", text))
    used = {s.source for s in found.stances} | {s.target for s in found.stances}
    return {a.name for a in found.actors if a.id in used}


def test_strong_opposition_is_an_attitude(extractor: Extractor) -> None:
    text = (
        "Japan's trade ministry said Brussels had pressed ahead with the quotas despite "
        "Japan's repeated strong opposition to them."
    )
    assert "Japanese opposition" not in _names(extractor, text)
