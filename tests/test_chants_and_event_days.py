"""A chant is said on the day the cue gives; a day written before an event noun is the event's,
not the speaking's (issue 13.2). Sentences are our own."""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.model import DateValue
from tests.said import said

FRIDAY = DateValue(date(2024, 5, 10), "stated")  # a Friday


def test_a_chant_with_its_day(extractor: Extractor) -> None:
    text = (
        "Thousands marched in the capital in protest at Thursday's vote.\n\n"
        '"The count is rigged. Your elections mean nothing to us," protesters chanted in '
        "central Lusaka on Friday.\n"
    )
    ((name, quote),) = said(extractor, text, FRIDAY)
    assert (name, quote.cue, quote.said_on.value) == ("protesters", "chanted", date(2024, 5, 10))


def test_a_day_before_an_event_noun_is_the_events(extractor: Extractor) -> None:
    text = (
        "Mwale, who won 43 percent in the May 4 poll in his third attempt, said he will respect "
        "the decision of the court.\n"
    )
    ((_, quote),) = said(extractor, text, FRIDAY)
    assert quote.said_on.value is None


def test_a_day_before_a_news_conference_is_the_speakings(extractor: Extractor) -> None:
    text = "Mwale said at the May 6 news conference that he would appeal the ruling.\n"
    ((_, quote),) = said(extractor, text, FRIDAY)
    assert quote.said_on.value == date(2024, 5, 6)


def test_a_chant_with_an_object_of_its_own_takes_no_quotation(extractor: Extractor) -> None:
    text = (
        'Harbour Town have been fined and told to "draw up an action plan" after it was ruled '
        "some fans chanted abusive songs during a cup game.\n"
    )
    assert "some fans" not in [name for name, _ in said(extractor, text, FRIDAY)]


def test_an_intention_signalled_is_reported(extractor: Extractor) -> None:
    text = "Harbour Town signalled it would appeal against the decision of the league.\n"
    assert [(n, q.span.text) for n, q in said(extractor, text, FRIDAY)] == [
        ("Harbour Town", "it would appeal against the decision of the league")
    ]


def test_a_signal_read_into_anothers_acts_is_the_readers(extractor: Extractor) -> None:
    text = (
        "Harbour Town said it will now be reassessing its plans and suggested the league has "
        'essentially signaled that the town is "closed for business."\n'
    )
    assert {n for n, _ in said(extractor, text, FRIDAY)} == {"Harbour Town"}
