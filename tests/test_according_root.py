""""According to X, ..." opening a sentence the parser rooted at "According" (sentences of our
own): the rest of the sentence after X is X's statement, as it is in "..., according to X"."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said


@pytest.mark.parametrize(
    ("text", "source", "words"),
    [
        ("According to the Central Bank, over half of the population of nearly 9 million "
         "people subsist on less than $1.50 (€1.40) a day.", "Central Bank", "over half of"),
        ("Jobs were lost, according to the Red Cross.", "Red Cross", "Jobs were lost"),
    ],
)  # fmt: skip
def test_the_words_beside_according_to_are_the_sources(
    extractor: Extractor, text: str, source: str, words: str
) -> None:
    found = said(extractor, text)
    assert [name for name, _ in found] == [source]
    assert found[0][1].span.text.startswith(words)
    assert "according" not in found[0][1].span.text.lower()
