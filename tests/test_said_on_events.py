"""A day written as the owner of a noun ("Sunday's vote") is that thing's day (issue 13).

The pattern: a weekday in the possessive names the day of an event, a vote, a match, an attack,
never the day somebody spoke about it, unless the thing is where words are given ("Monday's
news conference", "Tuesday's statement", "Wednesday's ruling"). Sentences are our own.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def days(extractor: Extractor, text: str) -> dict[str, set[str | None]]:
    pub = DateValue(date(2025, 3, 14), "stated")  # a Friday
    out: dict[str, set[str | None]] = {}
    for q in to_contract(extractor(Article("t", text, published=pub)))["quotes"]:
        out.setdefault(q["speaker"], set()).add(q["said_on"])
    return out


def test_an_event_owned_by_a_weekday_does_not_date_the_speaker(extractor: Extractor) -> None:
    text = 'Mara Quist, who finished second in Sunday\'s vote, rejected the count as a "sham."'
    assert days(extractor, text) == {"Mara Quist": {None}}


def test_results_of_an_earlier_ballot_are_not_said_on_its_day(extractor: Extractor) -> None:
    text = "The incumbent won 61 percent, the commission said at a briefing on Tuesday's ballot."
    assert days(extractor, text) == {"commission": {None}}


def test_the_day_of_an_occasion_of_speaking_dates_its_words(extractor: Extractor) -> None:
    text = "The minister said at Monday's news conference that the plant would close."
    assert days(extractor, text) == {"minister": {"2025-03-10"}}


def test_a_dated_refusal_before_still_dates_the_quote(extractor: Extractor) -> None:
    text = (
        "Lena Ortiz refused Wednesday to accept the tally.\n\n"
        "Ortiz, who came second in Sunday's poll, called the count a fraud.\n\n"
        '"We will not accept these numbers," Ortiz said.'
    )
    assert days(extractor, text)["Lena Ortiz"] <= {"2025-03-12"}


def test_words_given_right_after_an_event_are_said_that_day(extractor: Extractor) -> None:
    text = '"It was a tough loss," coach Ray Dunn said after Saturday\'s game.'
    assert days(extractor, text) == {"Ray Dunn": {"2025-03-08"}}
    text = "Speaking after Sunday's race, the driver Lia Moss said the tyres failed."
    assert days(extractor, text) == {"Lia Moss": {"2025-03-09"}}


def test_a_bare_day_after_the_cue_is_the_cues_not_the_reports(extractor: Extractor) -> None:
    # "X said Tuesday the road would close": the parser hangs the day on the reported clause;
    # it is when X said it, and no part of what X said.
    pub = DateValue(date(2025, 3, 14), "stated")
    for text, day, words in (
        ("Mayor Jill Tran said Tuesday the road would close.", "2025-03-11", "the road would close"),
        ("Police said Saturday night two men were arrested.", "2025-03-08", "two men were arrested"),
    ):
        quotes = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
        assert [(q["text"], q["said_on"]) for q in quotes] == [(words, day)]
    text = "Ann Lee said Tuesday's vote was rigged."
    quotes = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    assert [q["text"] for q in quotes] == ["Tuesday's vote was rigged"]


def test_a_call_dated_with_the_storys_day_was_made_that_day(extractor: Extractor) -> None:
    # "called on X to do Y Friday" in Friday's story: the parser hangs the day on the act asked
    # for; the call was made that day. A day before the story's may be the act's ("called on
    # members to march on Saturday" in a Friday story): no date is given then.
    text = "Labour Minister Dana Pruitt called on the unions to enter into mediation Friday."
    assert days(extractor, text) == {"Dana Pruitt": {"2025-03-14"}}
    text = "The union leader Ann Lee called on members to march on Saturday."
    assert days(extractor, text) == {"Ann Lee": {None}}


def test_what_one_does_in_a_dated_message_dates_the_words_that_follow(
    extractor: Extractor,
) -> None:
    text = (
        "Party secretary Omar Dost has told all party candidates to approach the courts.\n\n"
        "In a video message on Wednesday, Mr Dost praised the party workers for their effort.\n\n"
        '"We polled around 3 million votes," he added.'
    )
    assert days(extractor, text) == {"Omar Dost": {"2025-03-12"}}


def test_a_message_with_no_day_dates_nothing(extractor: Extractor) -> None:
    text = (
        "In a video message, Omar Dost praised the party workers.\n\n"
        '"We polled around 3 million votes," he added.'
    )
    assert days(extractor, text) == {"Omar Dost": {None}}
