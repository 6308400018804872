"""Words said after an event held on the day the story is published fall on that day
(``after_events``, session 60). A bare "after" dates nothing otherwise: a reaction may come
days later. Sentences are our own."""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue

_SUNDAY = date(2025, 3, 16)


def days(extractor: Extractor, text: str, published: date) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    article = Article("t", text, published=DateValue(published, "stated"))
    for q in to_contract(extractor(article))["quotes"]:
        out.setdefault(q["speaker"], set()).add(q["said_on"])
    return out


_TEXT = (
    "Ruritania's opposition will not recognise the results of Sunday's election, its leader "
    "Ana Ruiz said after the vote.\n\n"
    '"We saw ballot boxes stuffed in front of our eyes," Ruiz told reporters.'
)


def test_said_after_a_vote_held_the_day_of_publication(extractor: Extractor) -> None:
    found = days(extractor, _TEXT, _SUNDAY)
    assert found["Ana Ruiz"] == {"2025-03-16"}


def test_said_after_a_vote_held_days_before_publication(extractor: Extractor) -> None:
    found = days(extractor, _TEXT, date(2025, 3, 18))  # the Tuesday after
    assert found["Ana Ruiz"] == {None}


def test_said_after_an_event_the_story_does_not_date(extractor: Extractor) -> None:
    text = (
        "Ruritania's opposition will not recognise the results of Sunday's election, its leader "
        "Ana Ruiz said after the rally."
    )
    assert days(extractor, text, _SUNDAY)["Ana Ruiz"] == {None}
