"""A stance a governing verb turns ("declined to endorse X", "refused to recognise X") is
firm: the learned model, which misses the turn, does not overrule it (sentences of our own)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import rule_targets


def test_declining_to_endorse_opposes_against_the_model(extractor: Extractor) -> None:
    text = "Senator Mary Jones declined to endorse Joe Biden's position on the port tax."
    found = rule_targets(extractor, text)
    assert ("Mary Jones", "oppose", "Joe Biden") in found
    assert ("Mary Jones", "support", "Joe Biden") not in found
