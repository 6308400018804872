"""The subordinator that opens a clause, read once (graph.extract.subordinators), on our own
sentences: a condition, a question, a time, and a clause opened by none."""

from __future__ import annotations

import pytest

from graph.extract.nlp import load_pipeline
from graph.extract.subordinators import CONDITIONS, QUESTIONS, opened_by, opening_words

pytestmark = pytest.mark.skipif(not load_pipeline().full, reason="needs the English model")


def _verb(text: str, word: str):
    (doc,) = load_pipeline().parse([text])
    return next(t for t in doc if t.text == word)


def test_a_condition_opens_its_clause() -> None:
    verb = _verb("The union will strike if the board cuts the pay of its drivers.", "cuts")
    assert opening_words(verb) == {"if"}
    assert opened_by(verb, CONDITIONS)


def test_a_question_opens_its_clause() -> None:
    verb = _verb("The panel will decide whether the count was fair.", "was")
    assert opened_by(verb, QUESTIONS)
    assert not opened_by(verb, CONDITIONS)


def test_a_time_clause_and_a_main_clause() -> None:
    text = "Workers walked out on Monday as the company warned of losses."
    assert opened_by(_verb(text, "warned"), ("as", "while"))
    assert opening_words(_verb(text, "walked")) == set()
