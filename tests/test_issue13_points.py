"""Issue 13, "Build" points 2 and 3, each shown through the whole extraction on sentences of our
own: the date of a statement (every relative form, against the publication date or the
dateline's day; one occasion, one date; no anchor, no date; the certainty saying which case
applied) and the speaker a description stands for ("the 61-year-old", "the former diplomat",
"the minister": the one person who fits, nobody when two do).
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.model import Article, DateValue, Quote

FRIDAY = date(2025, 3, 14)  # the publication day of every story below but the dateline's


def statements(
    extractor: Extractor, text: str, published: date | None = FRIDAY
) -> list[tuple[str, str, DateValue]]:
    """(speaker's name, the statement's text, its date) for each statement, in text order."""
    pub = DateValue(published, "stated") if published else DateValue()
    result = extractor(Article("t", text, published=pub))
    return [(result.actor(q.speaker).name, q.text, q.said_on) for q in _ordered(result.quotes)]


def _ordered(quotes: tuple[Quote, ...]) -> list[Quote]:
    return sorted(quotes, key=lambda q: q.span.start)


def day_of(extractor: Extractor, text: str, published: date | None = FRIDAY) -> DateValue:
    """The date of the one statement in ``text``."""
    (found,) = statements(extractor, text, published)
    return found[2]


# -- Build 2: relative dates, resolved against the publication date ---------------------------
@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        ("Monday", date(2025, 3, 10)),
        ("Tuesday", date(2025, 3, 11)),
        ("Wednesday", date(2025, 3, 12)),
        ("Thursday", date(2025, 3, 13)),
        ("Friday", date(2025, 3, 14)),  # the publication day itself
        ("Saturday", date(2025, 3, 8)),
        ("Sunday", date(2025, 3, 9)),
    ],
)
def test_every_weekday_is_the_last_such_day_up_to_publication(
    extractor: Extractor, weekday: str, expected: date
) -> None:
    for cue in (f"said on {weekday}", f"said {weekday}"):  # with and without "on" (AP style)
        value = day_of(extractor, f"Harbour master Ivo Lund {cue} that the channel was clear.")
        assert (value.value, value.certainty) == (expected, "resolved"), cue
        assert value.note is not None and "publication" in value.note


def test_yesterday_is_the_day_before_publication(extractor: Extractor) -> None:
    value = day_of(extractor, "Harbour master Ivo Lund said yesterday that the channel was clear.")
    assert (value.value, value.certainty) == (date(2025, 3, 13), "resolved")


def test_last_week_bounds_the_day_without_inventing_it(extractor: Extractor) -> None:
    value = day_of(extractor, "Harbour master Ivo Lund said last week that the channel was clear.")
    assert (value.value, value.certainty) == (None, "unknown")
    assert (value.earliest, value.latest) == (date(2025, 3, 3), date(2025, 3, 9))


def test_earlier_this_month_bounds_the_day_without_inventing_it(extractor: Extractor) -> None:
    text = "Harbour master Ivo Lund said earlier this month that the channel was clear."
    value = day_of(extractor, text)
    assert (value.value, value.certainty) == (None, "unknown")
    assert (value.earliest, value.latest) == (date(2025, 3, 1), FRIDAY)


def test_the_28th_of_july_is_stated_with_the_year_of_publication(extractor: Extractor) -> None:
    text = "Harbour master Ivo Lund said on the 28th of July that the channel was clear."
    value = day_of(extractor, text, published=date(2025, 8, 2))
    assert (value.value, value.certainty) == (date(2025, 7, 28), "stated")


# -- Build 2: without a publication date, the dateline's day anchors them ---------------------
def test_the_datelines_day_anchors_weekdays_and_yesterday(extractor: Extractor) -> None:
    dateline = "BERGEN, March 7, 2025 (Wire) - "  # a Friday
    value = day_of(
        extractor, dateline + "Harbour master Ivo Lund said on Tuesday the channel was clear.", None
    )
    assert (value.value, value.certainty) == (date(2025, 3, 4), "resolved")
    assert value.note is not None and "dateline" in value.note
    value = day_of(
        extractor, dateline + "Harbour master Ivo Lund said yesterday the channel was clear.", None
    )
    assert (value.value, value.certainty) == (date(2025, 3, 6), "resolved")


# -- Build 2: statements on one occasion share its date ---------------------------------------
def test_statements_made_on_one_occasion_share_its_date(extractor: Extractor) -> None:
    text = (
        "Harbour master Ivo Lund told a news conference on Tuesday that the channel was clear.\n\n"
        '"Ships can sail again from tonight," he said.\n\n'
        '"We lost four days of trade," port director Selma Ek said at the same briefing.'
    )
    found = statements(extractor, text)
    assert [(name, value.value) for name, _, value in found] == [
        ("Ivo Lund", date(2025, 3, 11)),
        ("Ivo Lund", date(2025, 3, 11)),
        ("Selma Ek", date(2025, 3, 11)),
    ]
    # The first is dated by its own words (resolved), the others by the occasion (inferred).
    assert [value.certainty for _, _, value in found] == ["resolved", "inferred", "inferred"]


def test_a_lead_dates_the_statements_that_report_on_its_event(extractor: Extractor) -> None:
    text = (
        "The port of Vik on Wednesday closed its north channel after a collision.\n\n"
        '"Nobody was hurt, and the channel will reopen soon," port director Selma Ek said.'
    )
    (_, _, value) = statements(extractor, text)[0]
    assert (value.value, value.certainty) == (date(2025, 3, 12), "inferred")
    assert value.note is not None and "lead" in value.note


# -- Build 2: no anchor, no date ----------------------------------------------------------------
def test_a_statement_with_no_anchor_stays_unknown(extractor: Extractor) -> None:
    text = (
        "The port of Vik closed its north channel after a collision.\n\n"
        '"Nobody was hurt," port director Selma Ek said.'
    )
    value = day_of(extractor, text)
    assert (value.value, value.certainty) == (None, "unknown")
    # A weekday with neither a publication date nor a dateline's day to anchor it: unknown too.
    value = day_of(extractor, "Port director Selma Ek said on Tuesday nobody was hurt.", None)
    assert (value.value, value.certainty) == (None, "unknown")


# -- Build 2: the certainty says which case applied -------------------------------------------
def test_the_certainty_names_the_case_that_dated_the_statement(extractor: Extractor) -> None:
    cases = {
        "stated": "Port director Selma Ek said on March 12, 2025 that nobody was hurt.",
        "resolved": "Port director Selma Ek said on Wednesday that nobody was hurt.",
        "assumed": "Port director Selma Ek says nobody was hurt.",  # a present-tense report
        "unknown": "Port director Selma Ek said nobody was hurt.",
    }
    for certainty, text in cases.items():
        value = day_of(extractor, text)
        assert value.certainty == certainty, text
    assert day_of(extractor, cases["assumed"]).value == FRIDAY  # the publication day
    # "inferred": from the occasion, with a note saying which (see the tests above).
    text = (
        "Port director Selma Ek spoke to reporters on Wednesday.\n\n"
        '"Nobody was hurt," she said.'
    )
    value = day_of(extractor, text)
    assert (value.value, value.certainty) == (date(2025, 3, 12), "inferred")
    assert value.note


# -- Build 3: a description across paragraphs is the one person who fits ----------------------
def test_the_61_year_old_is_the_one_person_of_that_age(extractor: Extractor) -> None:
    text = (
        "Karin Odell, 61, was named head of the port authority on Monday.\n\n"
        "The board also thanked its outgoing chair, Rolf Dahl, 58.\n\n"
        '"The harbour must grow again," the 61-year-old said.'
    )
    assert statements(extractor, text)[-1][0] == "Karin Odell"


def test_the_61_year_old_is_nobody_named_when_two_are_61(extractor: Extractor) -> None:
    text = (
        "Karin Odell, 61, was named head of the port authority on Monday.\n\n"
        "The board also thanked its outgoing chair, Rolf Dahl, 61.\n\n"
        '"The harbour must grow again," the 61-year-old said.'
    )
    assert statements(extractor, text)[-1][0] not in ("Karin Odell", "Rolf Dahl")


def test_the_former_diplomat_is_the_one_person_so_described(extractor: Extractor) -> None:
    text = (
        "Opposition candidate Jonas Brekke, a former diplomat, filed a complaint on Monday.\n\n"
        "Interior Minister Eva Strand rejected it within hours.\n\n"
        '"The count was rigged from the start," the former diplomat said.'
    )
    assert statements(extractor, text)[-1][0] == "Jonas Brekke"


def test_the_former_diplomat_is_nobody_named_when_two_were_diplomats(
    extractor: Extractor,
) -> None:
    text = (
        "Opposition candidate Jonas Brekke, a former diplomat, filed a complaint on Monday.\n\n"
        "Senator Ola Vik, also a former diplomat, backed the complaint.\n\n"
        '"The count was rigged from the start," the former diplomat said.'
    )
    assert statements(extractor, text)[-1][0] not in ("Jonas Brekke", "Ola Vik")


def test_the_minister_is_the_one_minister_named(extractor: Extractor) -> None:
    text = (
        "Finance Minister Eva Strand presented the budget on Monday.\n\n"
        "Opposition leader Jonas Brekke called it reckless.\n\n"
        '"Every krone is accounted for," the minister said.'
    )
    assert statements(extractor, text)[-1][0] == "Eva Strand"


def test_the_minister_is_nobody_named_when_two_ministers_fit(extractor: Extractor) -> None:
    text = (
        "Finance Minister Eva Strand presented the budget on Monday.\n\n"
        "Health Minister Lars Moe welcomed the money for hospitals.\n\n"
        '"Every krone is accounted for," the minister said.'
    )
    assert statements(extractor, text)[-1][0] not in ("Eva Strand", "Lars Moe")
