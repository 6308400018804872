"""A possessor the model ran into the words after it (sentences of our own): an entity
"Paraguay’s last-16" is the country alone; "Mr Talaga’s Samoa" before "First party" is the
person alone; a possessive inside a name ("Sudan People's Liberation Movement") stays whole."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from graph.extract.nlp import load_pipeline
from graph.extract.possessives import entity_parts


@pytest.mark.parametrize(
    ("text", "entity", "label", "parts"),
    [
        ("Fans mourned Paraguay’s last-16 exit on Tuesday.", "Paraguay’s last-16", "PERSON",
         [("Paraguay", "GPE")]),
        ("Tensions rose after Mr Talaga’s Samoa First party walked out.", "Talaga’s Samoa",
         "PERSON", [("Talaga", "PERSON")]),
        ("The Sudan People's Liberation Movement said it would talk.",
         "Sudan People's Liberation Movement", "ORG",
         [("Sudan People's Liberation Movement", "ORG")]),
    ],
)  # fmt: skip
def test_entity_parts(text: str, entity: str, label: str, parts: list[tuple[str, str]]) -> None:
    (doc,) = load_pipeline().parse([text])
    start = text.index(entity)
    span = doc.char_span(start, start + len(entity), label=label)
    assert span is not None
    found = entity_parts(Span(doc, span.start, span.end, label=label), text)
    assert [(text[s:e], lab) for s, e, lab in found] == parts
