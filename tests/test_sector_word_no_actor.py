"""A capitalised sector word opening a sentence before a kind of business and its name
(sentences of our own): "Telecom group MTN", "Mining giant Orebank" name the company, and the
sector word is no actor of its own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The watchdog fined the operator in October.\n\nTelecom group Airvox confirmed on "
         "Monday that it would contest the penalty.", "Telecom"),
        ("LIMA - Mining giant Orebank said on Tuesday it would appeal the ruling.", "Mining"),
    ],
)  # fmt: skip
def test_the_sector_word_is_no_actor(extractor: Extractor, text: str, word: str) -> None:
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert word not in names
