"""An outlet's "quoted X as saying" whose reported words hang on the outlet's own verb
(sentences of our own): "S, the paper quoted X as telling supporters on Monday" makes S X's
words, said on the day the participle names, not the outlet's."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.model import DateValue
from tests.said import said

PUBLISHED = DateValue(date(2025, 6, 10), "stated")  # a Tuesday


@pytest.mark.parametrize(
    ("text", "speaker", "words", "day"),
    [
        ("The new tally will not stand in any court, the Diario Andino quoted the combative "
         "Rosa Quispe as telling supporters on Monday.", "Rosa Quispe", "The new tally",
         date(2025, 6, 9)),
        ("The dam will be finished by spring, the Valley Courier quoted Tomas Brandt as "
         "saying.", "Tomas Brandt", "The dam will be finished", None),
    ],
)  # fmt: skip
def test_the_one_quoted_speaks_the_clause_before_the_outlet(
    extractor: Extractor, text: str, speaker: str, words: str, day: date | None
) -> None:
    found = said(extractor, text, PUBLISHED)
    assert [name for name, _ in found] == [speaker]
    quote = found[0][1]
    assert quote.span.text.startswith(words)
    if day is not None:
        assert quote.said_on.value == day


def test_quoted_as_saying_that_keeps_its_clause(extractor: Extractor) -> None:
    text = "Local radio quoted Ivo Marek as saying that the fire was under control."
    found = said(extractor, text, PUBLISHED)
    assert [(name, q.span.text) for name, q in found] == [
        ("Ivo Marek", "the fire was under control")
    ]
