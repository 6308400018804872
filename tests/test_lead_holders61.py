"""A lead's "<country>'s <office>" is the person the next paragraphs write with that office as
a title, and the date of the lead's words goes with the person's later words (session 61; own
sentences)."""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.model import DateValue
from tests.said import said

_PUBLISHED = DateValue(date(2025, 3, 12), "stated")  # a Wednesday


def _speakers(extractor: Extractor, text: str) -> list[tuple[str, str, str | None]]:
    return [
        (name, q.span.text, q.said_on.iso if q.said_on.known else None)
        for name, q in said(extractor, text, _PUBLISHED)
    ]


def test_the_lead_description_is_the_president_named_below(extractor: Extractor) -> None:
    text = (
        "Chile's president said on Monday the country would not sign the fisheries treaty.\n\n"
        "Speaking to farmers in Temuco, President Ana Ruiz said the treaty ignored small "
        "fishing towns.\n"
    )
    found = _speakers(extractor, text)
    assert found[0][:2] == ("Ana Ruiz", "the country would not sign the fisheries treaty")
    assert found[1] == ("Ana Ruiz", "the treaty ignored small fishing towns", "2025-03-10")


def test_a_title_of_another_country_is_not_the_description(extractor: Extractor) -> None:
    text = (
        "Chile's president said on Monday the country would not sign the fisheries treaty.\n\n"
        "U.S. President Tom Berg said the treaty was fair to every fishing town.\n"
    )
    names = [name for name, _, _ in _speakers(extractor, text)]
    assert names[0] != "Tom Berg"


def test_two_presidents_below_leave_the_description_alone(extractor: Extractor) -> None:
    text = (
        "Chile's president said on Monday the country would not sign the fisheries treaty.\n\n"
        "President Ana Ruiz met President Tom Berg in Lima, where the talks ended early.\n"
    )
    names = [name for name, _, _ in _speakers(extractor, text)]
    assert names and names[0] not in ("Ana Ruiz", "Tom Berg")


def test_another_office_below_is_not_the_description(extractor: Extractor) -> None:
    lead = "Peru's president said on Tuesday the country would not sign the mining accord.\n\n"
    for below in (
        "Speaking in Cusco, Vice President Ana Ruiz said the accord ignored small towns.\n",
        "The remarks came a week after former President Tom Berg called the accord a betrayal.\n",
        "The remarks came after President Tom Berg of the United States urged Lima to sign.\n",
    ):
        names = [name for name, _, _ in _speakers(extractor, lead + below)]
        assert names[0] == "Peru's president"


def test_a_description_of_more_than_the_office_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Peru's foreign minister said on Tuesday the country would not sign the mining accord.\n\n"
        "Defence Minister Ana Ruiz said the accord would weaken border patrols.\n"
    )
    assert _speakers(extractor, text)[0][0] != "Ana Ruiz"
