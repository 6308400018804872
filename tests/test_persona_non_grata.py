"""Declaring someone persona non grata opposes them (sentences of our own): "the ministry
declared Ana Ruiz, the Brazilian leader, persona non grata" is its stance against Ruiz; the
phrase in another sentence declares nobody."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples


def test_declared_persona_non_grata(extractor: Extractor) -> None:
    text = (
        "On Monday the foreign ministry of Chile formally declared Ana Ruiz, the Brazilian "
        "leader, persona non grata."
    )
    assert ("foreign ministry of Chile", "oppose", "Ana Ruiz") in stance_triples(extractor, text)


def test_the_phrase_beyond_the_sentence_declares_nobody(extractor: Extractor) -> None:
    text = "Chile named Ana Ruiz its envoy. Persona non grata is a rare step."
    assert not any(p == "oppose" for _, p, _ in stance_triples(extractor, text))
