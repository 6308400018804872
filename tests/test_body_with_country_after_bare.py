"""A body first written without its country and then with its adjective (sentences of our own):
"Peru's Energy Ministry" (the model keeps "Energy Ministry") and later "the Peruvian Energy
Ministry" are one body, named in full, and "the ministry" is that body."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.said import said

TEXT = (
    "Peru's Energy Ministry said on Tuesday it would respond to the levy.\n\n"
    "The Peruvian Energy Ministry accused the mining group of ignoring the rules. The "
    "ministry claimed that the levy would disrupt the supply chain."
)


def test_one_ministry_named_in_full(extractor: Extractor) -> None:
    bodies = [a for a in extractor(Article("t", TEXT)).actors if "inistry" in a.name]
    assert [a.name for a in bodies] == ["Peruvian Energy Ministry"]


def test_the_ministry_is_that_body(extractor: Extractor) -> None:
    assert {name for name, _ in said(extractor, TEXT)} == {"Peruvian Energy Ministry"}
