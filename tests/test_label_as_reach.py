"""A labelling verb reaches its quoted words over a longer object when "as" binds them
(sentences of our own): "describes the council's handling of the flood as “a farce”" is the
describer's; without "as", six words is as far as it reaches."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.marks import labelling_verb_at
from graph.model import Article


@pytest.mark.parametrize("verb", ["describes", "described", "called"])
def test_as_binds_a_long_object_to_the_label(extractor: Extractor, verb: str) -> None:
    text = f"Mayor Lena Ortiz {verb} the council's handling of the spring flood as “a farce”."
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    assert {(names[q.speaker], q.span.text) for q in x.quotes} == {("Lena Ortiz", "a farce")}


def test_without_as_the_label_reaches_six_words() -> None:
    text = "She called the council's handling of the long spring flood “a farce”."
    assert labelling_verb_at(text, text.index("“")) is None
    text = "She called the handling of the flood “a farce”."
    assert labelling_verb_at(text, text.index("“")) == text.index("called")


@pytest.mark.parametrize("joint", ["such as", "known as", "as well as"])
def test_such_as_binds_no_label(joint: str) -> None:
    text = f"She called for new homes in the poorer northern districts {joint} “the Basin”."
    assert labelling_verb_at(text, text.index("“")) is None
