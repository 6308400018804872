"""Charges, a claim or a prosecution brought against someone are actions against them, as a
lawsuit or a complaint is: their taker opposes whom they are against (sentences are our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "sentence",
    ["Acme filed a claim against Nordline on Monday.",
     "The Harbour Board pursued charges against Nordline.",
     "The Harbour Board launched a prosecution against Nordline."],
)  # fmt: skip
def test_a_legal_action_opposes_whom_it_is_against(extractor: Extractor, sentence: str) -> None:
    found = extractor(Article("t", sentence + "\n"))
    names = {a.id: a.name for a in found.actors}
    pairs = {(names.get(s.source), s.polarity, names.get(s.target)) for s in found.stances}
    assert any(p[1:] == ("oppose", "Nordline") for p in pairs)

