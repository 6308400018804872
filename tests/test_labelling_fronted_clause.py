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
        "He was granted a full pension and in remarks read to reporters on the pensioner's "
        "behalf outside the hearing, his adviser Tom Berg called the verdict “vindicating”.",
        "She was awarded £40,000 in costs and in a letter read out on the claimant's behalf "
        "outside the tribunal, her adviser Tom Berg called the decision “fair and overdue”.",
    ],
)
def test_only_the_label_is_the_speakers(extractor: Extractor, sentence: str) -> None:
    text = "Judge Ana Ruiz ruled for the pensioners.\n\n" + sentence
    found = said(extractor, text)
    assert found, "the label is a statement"
    assert all(name == "Tom Berg" for name, _ in found)
    assert all(not q.span.text.startswith(("He was", "She was")) for _, q in found)
