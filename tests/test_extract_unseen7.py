"""Speakers and days on news the rules were not written on (issue 13, seventh set: courts,
earnings, protests, disasters, science and diplomacy), on sentences of our own.

Each test states one general pattern of news writing: a quotation typed over two paragraphs
whose second paragraph only closes it (not reopened) is one speaker's, named where it ends, and
so is an open paragraph whose quotation the next paragraph reopens.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.extract.marks import find_quotes
from graph.model import Article, DateValue


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def quotes(extractor: Extractor, text: str) -> list[dict]:
    pub = DateValue(date(2025, 3, 14), "stated")
    return to_contract(extractor(Article("t", text, published=pub)))["quotes"]


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"][:24]) for q in quotes(extractor, text)]


def test_a_paragraph_that_only_closes_an_open_quotation_continues_it() -> None:
    text = (
        '"The ferry left an hour late because of the fog.\n\n'
        'Nobody was hurt and the cargo is safe," the harbour master said.'
    )
    found = [text[m.start : m.end] for m in find_quotes(text)]
    assert found == [
        "The ferry left an hour late because of the fog.",
        "Nobody was hurt and the cargo is safe,",
    ]


def test_an_apostrophe_or_a_mark_opening_a_word_does_not_close_the_quotation() -> None:
    text = '"The vote is close.\n\nWe will see "the result" tonight.'
    found = [text[m.start : m.end] for m in find_quotes(text)]
    assert "The vote is close." in found and "We will see " not in found


@pytest.mark.parametrize("reopen", ['"', ""])
def test_a_quotation_over_two_paragraphs_is_the_speaker_named_at_its_end(
    extractor: Extractor, reopen: str
) -> None:
    text = (
        "Finance Minister Petra Lund arrived in Vienna on Monday for two days of talks.\n\n"
        "Earlier in the day, she and the Austrian chancellor opened a trade fair.\n\n"
        '"A working lunch was held with the bankers, who asked about the bond sale.\n\n'
        f'{reopen}They were reassured. It was a frank and useful exchange," her spokesman '
        "Jonas Berg told reporters."
    )
    got = said(extractor, text)
    assert ("Jonas Berg", "A working lunch was held") in got
    assert ("Jonas Berg", "They were reassured. It ") in got
