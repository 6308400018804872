"""A victory protested or condemned is disputed (sentences of our own): "X's party protested
the victory of Y" opposes the claim that Y won; celebrating it still backs it."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = "Peru held a presidential election on Sunday.\n\n"


@pytest.mark.parametrize("verb", ["protested", "condemned", "denounced"])
def test_a_protested_victory_is_disputed(extractor: Extractor, verb: str) -> None:
    text = _LEAD + f"The Green Front {verb} the victory of Ana Lenz on Monday."
    found = stance_triples(extractor, text)
    assert ("Green Front", "oppose", "ana-lenz-won-the-election") in found
    assert ("Green Front", "support", "ana-lenz-won-the-election") not in found


def test_a_hailed_victory_is_backed(extractor: Extractor) -> None:
    text = _LEAD + "The Green Front hailed the victory of Ana Lenz on Monday."
    assert ("Green Front", "support", "ana-lenz-won-the-election") in stance_triples(
        extractor, text
    )
