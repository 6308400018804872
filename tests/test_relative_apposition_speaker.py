"""A relative clause on a description set beside a name speaks for the name.

"Tom Beck, a former mayor who said the council had lied, resigned": "who" refers to "a former
mayor", which is Tom Beck; the words are his, and no second actor "former mayor" is made.
Sentences of our own.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Tom Beck, a former mayor who said the council had lied, resigned on Monday.",
            "the council had lied",
        ),
        (
            "Ana Ruiz, a nurse who accused the hospital of cutting corners, was fired.",
            "the hospital of cutting corners",
        ),
    ],
)
def test_the_description_speaks_for_the_name(extractor: Extractor, text: str, words: str) -> None:
    result = extractor(Article(id="t", text=text))
    names = {a.id: a.name for a in result.actors}
    assert [(names[q.speaker], q.span.text) for q in result.quotes] == [(text.split(",")[0], words)]
    assert sorted(names.values()) == [text.split(",")[0]]
