"""A verb that names its object ("called the ruling “a win”", "branded the deal “a
sellout”") reports no clause the parser hung before its subject (sentences of our own): the
sentence's first clause is the writer's, only the label is the speaker's."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said


@pytest.mark.parametrize(
    "sentence",
    [
        "He was awarded $40,000 in damages and in a statement read out on the claimant's "
        'behalf outside the court, his lawyer Tom Berg called the ruling "a clear win".',
        "He was awarded $40,000 in damages and in a statement read out on the claimant's "
        "behalf outside the court, his lawyer Tom Berg called the ruling “fair and overdue”.",
    ],
)
def test_only_the_label_is_the_speakers(extractor: Extractor, sentence: str) -> None:
    text = "Judge Ana Ruiz ruled for the union.\n\n" + sentence
    found = said(extractor, text)
    assert found, "the label is a statement"
    assert all(name == "Tom Berg" for name, _ in found)
    assert all(not q.span.text.startswith("He was awarded") for _, q in found)
