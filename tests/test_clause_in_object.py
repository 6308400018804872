"""A reported clause the parser broke up under "said", its subject taken for the object and
its verb hung inside the object's phrase, is still the report (sentences of our own)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_clause_hung_inside_the_object_is_reported(extractor: Extractor) -> None:
    text = (
        "The Trade Council said all telecom firms operating in Ghana except KTN had "
        "complied with the order.\n"
    )
    found = extractor(Article("t", text)).quotes
    assert [(q.speaker, q.span.text) for q in found] == [
        (
            "trade-council",
            "all telecom firms operating in Ghana except KTN had complied with the order",
        )
    ]


def test_a_thing_said_is_no_clause(extractor: Extractor) -> None:
    text = "The mayor said a prayer for the workers who had died in the fire.\n"
    assert not extractor(Article("t", text)).quotes
