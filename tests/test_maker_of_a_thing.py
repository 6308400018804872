"""The makers of a thing a charge mentions are not its target (sentences of our own): in "A
accused B of violating the deal signed by C and D", the learned model may pair A with D, the
last name; the rules found A against B in the same words, and C and D only made the deal."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_TEXT = (
    "Peru held a presidential election in May. Ana Lenz accused the Green Front of violating "
    "part of the peace deal signed by Ivo Lang and Tom Hale in August."
)


def test_the_makers_of_the_deal_are_not_accused(extractor: Extractor) -> None:
    found = stance_triples(extractor, _TEXT)
    assert ("Ana Lenz", "oppose", "Green Front") in found
    assert not any(target in ("Ivo Lang", "Tom Hale") for _, _, target in found)


def test_a_target_named_as_the_object_is_kept(extractor: Extractor) -> None:
    text = "Ana Lenz criticised Tom Hale, whose party signed the deal, on Monday."
    assert ("Ana Lenz", "oppose", "Tom Hale") in stance_triples(extractor, text)
