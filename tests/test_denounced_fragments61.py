"""A quotation that is the whole object of a verb of condemning or hailing ("denounced a
“judicial coup”") is the words of the one who denounces; a quoted word inside the object is
not (session 61; own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said_texts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The Liberal Party denounced a "judicial coup" after the court barred its candidate.',
         "judicial coup"),
        ("The Liberal Party decried a “witch hunt” by prosecutors.", "witch hunt"),
        ("The Liberal Party hailed an “extraordinary day for democracy”.",
         "extraordinary day for democracy"),
    ],
)  # fmt: skip
def test_the_quoted_object_is_the_denouncers(extractor: Extractor, text: str, words: str) -> None:
    assert ("Liberal Party", words) in said_texts(extractor, text)


def test_a_quoted_word_inside_the_object_is_not(extractor: Extractor) -> None:
    text = 'The Liberal Party hailed a "historic" victory for workers.'
    assert not said_texts(extractor, text)
