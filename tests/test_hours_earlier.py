""""Hours earlier" and "minutes later" are the day the text named last (sentences of our own;
the publication day is Friday 2025-03-14)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.extract.dates import find_dates
from graph.model import Article, DateValue


@pytest.mark.parametrize("words", ["Hours earlier", "A few hours later", "Minutes later"])
def test_hours_away_is_the_day_named_last(words: str) -> None:
    text = f"The court met on Tuesday. {words}, the minister spoke."
    found = {m.text: m.value.iso for m in find_dates(text, date(2025, 3, 14))}
    assert found[words] == "2025-03-11"


def test_a_statement_hours_earlier_is_dated(extractor: Extractor) -> None:
    text = (
        "The judge refused the request just before 6 p.m. on Wednesday.\n\n"
        "Hours earlier, lawyer Ana Lenz told a news conference that the count was flawed.\n"
    )
    pub = DateValue(date(2025, 3, 14), "stated")
    quotes = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    assert [(q["text"], q["said_on"]) for q in quotes] == [("the count was flawed", "2025-03-12")]


def test_hours_before_an_event_is_not_a_day(extractor: Extractor) -> None:
    text = "The court met on Tuesday. Hours before the march began, the minister spoke."
    assert "Hours before" not in {m.text for m in find_dates(text, date(2025, 3, 14))}
