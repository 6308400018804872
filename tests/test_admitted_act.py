"""A hostile act the speaker reports done to themselves stands as the doer's (sentences of our
own): "Voltana said the commission had fined it" is the commission against Voltana; the act
of another on a third party, reported, stays no one's."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

_LEAD = "The Energy Regulatory Board reviewed the sector this year.\n\n"


def _triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {(s.source, s.target, s.polarity) for s in extractor(Article("t", text)).stances}


def test_a_fine_owned_to_by_the_one_fined_stands(extractor: Extractor) -> None:
    text = _LEAD + "Kestrel Power said on Tuesday that the Energy Regulatory Board had fined it.\n"
    assert ("energy-regulatory-board", "kestrel-power", "oppose") in _triples(extractor, text)


def test_a_fine_reported_on_someone_else_is_no_fact(extractor: Extractor) -> None:
    text = _LEAD + "Kestrel Power said the Energy Regulatory Board had fined Solvane Gas.\n"
    assert ("energy-regulatory-board", "solvane-gas", "oppose") not in _triples(extractor, text)
