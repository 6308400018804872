"""A day that opens a stretch for the main verb ("her first appearance since a Tuesday night
meeting") is no day of saying, but it dates a report told at that occasion ("a meeting where
leaders said ..."); issue 13.2, sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.model import DateValue
from tests.said import said

_PUBLISHED = DateValue(date(2022, 7, 14), "stated")  # a Thursday


def dated(extractor: Extractor, text: str) -> list[tuple[str, date | None]]:
    return [(name, q.said_on.value) for name, q in said(extractor, text, _PUBLISHED)]


@pytest.mark.parametrize("occasion", ["union meeting", "rally", "council session"])
def test_a_day_since_which_is_no_day_of_saying(extractor: Extractor, occasion: str) -> None:
    text = (
        f"In her first public appearance since a Tuesday night {occasion}, the mayor Jane Holt "
        "stood by her team and said her team had done its best.\n"
    )
    assert dated(extractor, text) == [("Jane Holt", None)]


def test_a_report_at_the_occasion_takes_its_day(extractor: Extractor) -> None:
    text = (
        "In her first public appearance since a Tuesday night union meeting where leaders said "
        "a strike was likely, the mayor Jane Holt stood by her team and said her team had done "
        "its best.\n"
    )
    assert dated(extractor, text) == [("leaders", date(2022, 7, 12)), ("Jane Holt", None)]


def test_a_day_of_saying_still_dates_the_cue(extractor: Extractor) -> None:
    text = "At a Tuesday briefing, the mayor Jane Holt said her team had done its best.\n"
    assert dated(extractor, text) == [("Jane Holt", date(2022, 7, 12))]


def test_a_lead_with_a_gapped_report_still_tells_its_day(extractor: Extractor) -> None:
    """ "The board on Tuesday blocked the deal, a move critics said would ...": the parser
    roots the lead at "said"; the board's act is the lead, and its day the occasion."""
    text = (
        "The Harbour Board on Tuesday blocked a planned merger of two ferry firms, a move "
        "critics said would raise fares.\n\n"
        '"The firms would not address our concerns," board chair Ana Ruiz said.\n'
    )
    assert dict(dated(extractor, text))["Ana Ruiz"] == date(2022, 7, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "The unions have in recent weeks warned that the plans would raise fares.",
        "The unions have long argued that the plans would raise fares.",
    ],
)
def test_a_perfect_over_a_stretch_takes_no_occasion(extractor: Extractor, sentence: str) -> None:
    text = "The Harbour Board on Tuesday blocked a planned merger of two ferry firms.\n\n" + sentence
    found = [day for name, day in dated(extractor, text + "\n") if name == "unions"]
    assert found == [None]
