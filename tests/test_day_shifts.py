"""A day counted from the last day the text named ("A day before, X told ...", "the next day")
dates what was said then; with no day named before, it dates nothing (issue 13.2). Sentences
are our own."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.dates import find_dates
from graph.model import DateValue
from tests.said import said

_PUBLISHED = DateValue(date(2022, 7, 14), "stated")


def dated(extractor: Extractor, text: str) -> list[tuple[str, date | None]]:
    return [(name, q.said_on.value) for name, q in said(extractor, text, _PUBLISHED)]


@pytest.mark.parametrize(
    ("shift", "day"),
    [("A day before", date(2022, 7, 11)), ("The next day", date(2022, 7, 13))],
)
def test_a_day_counted_from_the_day_named_before(
    extractor: Extractor, shift: str, day: date
) -> None:
    text = (
        "Acme Corp sued Tom Berg on July 12 for breaching the contract.\n\n"
        f"{shift}, Acme lawyers told Berg's lawyers that the firm had kept its side of the deal.\n"
    )
    assert dated(extractor, text)[-1] == ("Acme lawyers", day)


def test_no_day_named_before_dates_nothing() -> None:
    assert find_dates("A day before, the lawyers wrote to him.", date(2022, 7, 14)) == []


def test_the_shift_follows_the_latest_day_named() -> None:
    text = "They met on July 2 and again on July 9. The next day, he resigned."
    found = find_dates(text, None, year=2022)
    assert [(m.text, m.value.value) for m in found][-1] == ("The next day", date(2022, 7, 10))
