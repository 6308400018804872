"""A lead that tells of what a group known by what it is did on a day ("Lawmakers on Tuesday
grilled ...") is the occasion of the words its members and the one they questioned said, with
no date of their own (issue 13.2). Sentences are our own."""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.model import DateValue
from tests.said import said

_PUBLISHED = DateValue(date(2024, 3, 14), "stated")  # a Thursday


def dated(extractor: Extractor, text: str) -> list[tuple[str, date | None]]:
    return [(name, q.said_on.value) for name, q in said(extractor, text, _PUBLISHED)]


def test_a_group_lead_dates_its_members_words(extractor: Extractor) -> None:
    text = (
        "Lawmakers sharply criticised the head of Norland Rail on Tuesday over a string of "
        "derailments.\n\n"
        "The company ignored warnings from its own engineers, Senator Ana Ruiz said.\n\n"
        "Mr. Holt said he had learned of the warnings only weeks ago.\n"
    )
    tuesday = date(2024, 3, 12)
    assert dated(extractor, text) == [("Ana Ruiz", tuesday), ("Holt", tuesday)]


def test_a_named_body_lead_dates_only_its_own_words(extractor: Extractor) -> None:
    text = (
        "The Transport Committee sharply criticised Norland Rail on Tuesday over a string of "
        "derailments.\n\n"
        "Mr. Holt said he had learned of the warnings only weeks ago.\n"
    )
    assert dated(extractor, text) == [("Holt", None)]
