"""Everyone a list names shares its fate: "demanded the resignation of the Attorney General X,
prosecutor Y, and judge Z" opposes all three, however the parser read the list ("judge" as a
verb, "prosecutor Y" as an apposition). A list ends with "and": "the removal of X, a deputy of
Y" and "a claim from X, Y's adviser" list nobody else (sentences are our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def _opposed(extractor: Extractor, text: str) -> set[str]:
    found = extractor(Article("t", text))
    names = {a.id: a.name for a in found.actors}
    return {names[s.target] for s in found.stances if s.polarity == "oppose" and s.target in names}


def test_each_person_of_a_titled_list_is_opposed(extractor: Extractor) -> None:
    text = (
        "Opposition leader Ana Ruiz demanded on Tuesday the resignation of the Attorney General "
        "Tomas Berg, prosecutor Ivan Petrov, and judge Boris Kalin for allegedly orchestrating a "
        "coup.\n"
    )
    assert {"Tomas Berg", "Ivan Petrov", "Boris Kalin"} <= _opposed(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    ["Ana Ruiz called for the removal of Jan Brod, a deputy of Ola Nord.",
     "Ana Ruiz demanded the resignation of Jan Brod, Ola Nord's adviser."],
)  # fmt: skip
def test_no_list_without_and(extractor: Extractor, sentence: str) -> None:
    assert "Ola Nord" not in _opposed(extractor, sentence + "\n")
