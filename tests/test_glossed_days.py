"""Days the words themselves give: an editor's weekday in brackets after a quoted "today" is the
day of the words ("results today (Saturday)"), and a dateline's date is the day the story was
filed, not a day written next to the first sentence's report. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.model import DateValue
from tests.said import said

_MONDAY = DateValue(date(2026, 11, 2), "stated")  # the story's publication day, a Monday


def test_a_glossed_today_is_the_day_of_the_words(extractor: Extractor) -> None:
    text = (
        "The Civic Front rejected the count.\n\n"
        '"The announcement of results today (Saturday) is a clear coup," Tom Dube said. '
        '"We will not accept it," he added.\n'
    )
    found = said(extractor, text, published=_MONDAY)
    assert [(name, q.said_on.iso) for name, q in found] == [
        ("Tom Dube", "2026-10-31"),
        ("Tom Dube", "2026-10-31"),
    ]


def test_an_unglossed_today_dates_nothing_by_itself(extractor: Extractor) -> None:
    text = 'The Civic Front rejected the count.\n\n"Today is a sad day," Tom Dube said on Sunday.\n'
    (found,) = said(extractor, text, published=_MONDAY)
    assert found[1].said_on.iso == "2026-11-01"


def test_a_datelines_date_does_not_date_the_first_report(extractor: Extractor) -> None:
    text = (
        "Lusaka, 2 November 2026 - Zambia's main opposition party, the Civic Front, has "
        'rejected the result, describing it as "a theft of the people\'s will."\n\n'
        "The Civic Front, in a statement issued on Saturday night, said no genuine election "
        "took place.\n"
    )
    found = said(extractor, text, published=_MONDAY)
    assert found[0][1].said_on.certainty != "stated"
    assert found[-1][1].said_on.iso == "2026-10-31"
