"""A lead that reports what a country's unnamed one said ("Estonia's opposition leader said on
Monday ...") and a next paragraph that opens with a person's name as the subject of a clause, in
apposition with the lead's noun ("X -- a veteran opposition leader -- told"): that person said it,
and the lead's day is the day of their words there. Not when the lead names a person, the name
does not open the paragraph, or the person has no apposition or one of another office."""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.model import DateValue
from tests.said import said

MONDAY = DateValue(date(2025, 3, 17), "stated")

LEAD = "Estonia's opposition leader said on Monday he would contest the results of the vote."


def test_the_name_opening_the_next_paragraph_said_the_lead(extractor: Extractor) -> None:
    text = (
        f"{LEAD}\n\n"
        "Tomas Berg -- a former finance minister and veteran opposition leader -- told reporters "
        "his party had evidence that ballots were destroyed."
    )
    found = said(extractor, text, MONDAY)
    assert [name for name, _ in found] == ["Tomas Berg", "Tomas Berg"]
    assert [q.said_on.value for _, q in found] == [date(2025, 3, 17), date(2025, 3, 17)]


@pytest.mark.parametrize(
    "second",
    [
        # another office in the apposition
        "Tomas Berg, the country's interior minister, told reporters the count had been clean.",
        # the name does not open the paragraph
        "Interior Minister Tomas Berg told reporters the count had been clean.",
        # a name with nothing to say who it is: anyone
        "Tomas Berg told reporters in Moscow that Russia would respond in kind.",
        # the lead paragraph goes on before the name
        "",
    ],
)
def test_no_one_else_said_the_lead(extractor: Extractor, second: str) -> None:
    text = (
        f"{LEAD} Tomas Berg said the count had been clean." if not second else f"{LEAD}\n\n{second}"
    )
    assert "Tomas Berg" not in [
        name for name, q in said(extractor, text, MONDAY) if "contest" in q.span.text
    ]
