"""A reported clause whose subject the parser took for the cue's object, running straight on
(sentences of our own): "Borex argued the open-source exception of patent law let it reuse the design"
reports "the open-source exception ... let it reuse the design"."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Borex argued the open-source exception of patent law let it reuse the design.",
         "the open-source exception of patent law let it reuse the design"),
    ],
)  # fmt: skip
def test_a_clause_running_on_from_the_object_is_reported(
    extractor: Extractor, sentence: str, words: str
) -> None:
    found = extractor(Article("t", "Acme sued Borex Inc. in 2020.\n\n" + sentence + "\n")).quotes
    assert [(q.speaker, q.span.text) for q in found] == [("borex-inc", words)]


def test_an_addressee_is_no_subject(extractor: Extractor) -> None:
    text = "Ana Lenz told reporters on Monday the plan was dead.\n"
    found = extractor(Article("t", text)).quotes
    assert [q.span.text for q in found] == ["the plan was dead"]
