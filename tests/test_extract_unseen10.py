"""Days of statements on news the rules were not written on (issue 13, tenth set), on sentences
of our own.

Each test states one general pattern of news writing: a weekday in a future-tense clause points
forward and is never the day of the words; a written ruling released on a day dates the words
quoted from it; a lead whose verb follows from a dated act ("could resume after X moved Friday")
dates the story's undated statements, but not the words said before it ("had rebuffed ...,
saying").
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.extract.dates import find_dates
from graph.model import Article, DateValue


def quotes(extractor: Extractor, text: str, published: date = date(2025, 3, 13)) -> list[dict]:
    pub = DateValue(published, "stated")  # 2025-03-13 is a Thursday
    return to_contract(extractor(Article("t", text, published=pub)))["quotes"]


def days(extractor: Extractor, text: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for q in quotes(extractor, text):
        out.setdefault(q["speaker"], set()).add(q["said_on"])
    return out


def test_a_weekday_in_a_future_tense_clause_is_the_next_one() -> None:
    # "will attend on Friday" in a Thursday story is tomorrow, not last week's Friday; "won't
    # resume until Monday" is the coming Monday. A past clause keeps the last such day.
    thursday = date(2025, 3, 13)
    ahead = find_dates("The premier said she will attend the summit on Friday.", thursday)
    assert [(m.value.iso, m.ahead) for m in ahead] == [("2025-03-14", True)]
    until = find_dates("Talks won't resume until Monday, the union said.", thursday)
    assert [(m.value.iso, m.ahead) for m in until] == [("2025-03-17", True)]
    past = find_dates("The premier said on Friday that she will attend.", thursday)
    assert [(m.value.iso, m.ahead) for m in past] == [("2025-03-07", False)]


def test_a_reporting_verb_after_the_auxiliary_is_no_future_clause() -> None:
    # "The man who will chair the talks said Friday": the weekday belongs to the saying.
    found = find_dates(
        "The envoy who will chair the talks said Friday he was hopeful.", date(2025, 3, 13)
    )
    assert [(m.value.iso, m.ahead) for m in found] == [("2025-03-07", False)]


def test_a_day_to_come_never_dates_the_words(extractor: Extractor) -> None:
    # "made it clear he will walk in on Friday, saying ...": the Friday is the meeting's, not
    # the day the mayor spoke; with nothing else to date him, his words stay undated.
    text = (
        "Mayor Dana Holt made it clear he will walk into the talks on Friday, saying he wants "
        "the transit budget restored."
    )
    assert days(extractor, text) == {"Dana Holt": {None}}


def test_the_words_of_a_ruling_are_of_the_day_it_was_released(extractor: Extractor) -> None:
    # "said in a ruling released Tuesday that ...": a court's written decision, like a
    # statement, dates the words it holds; the judge's quoted words after it are the same.
    text = (
        "Justice Mira Patel has not yet decided the appeal, but she said in a ruling released "
        "Tuesday that the police may have overstepped their powers.\n\n"
        '"The searches went far beyond what the warrant allowed," wrote Patel.'
    )
    assert days(extractor, text) == {"Mira Patel": {"2025-03-11"}}


def test_a_lead_verb_that_follows_a_dated_act_dates_the_story(extractor: Extractor) -> None:
    # "Ferries could start sailing again as soon as next week after the province moved Monday
    # to ...": the news is the Monday move; the minister's undated words report on it. Words
    # he "had" said before it, in a participle ("had resisted calls, saying ..."), are not.
    text = (
        "HALIFAX -- Ferries could start sailing again as soon as next week after the province "
        "moved Monday to end a three-week strike by deckhands.\n\n"
        "Transport Minister Paul Grady announced he has sent the dispute to binding arbitration.\n\n"
        "Grady had resisted calls to step in, saying it was up to the two sides to reach a deal."
    )
    found = {q["text"][:12]: q["said_on"] for q in quotes(extractor, text)}
    assert found == {"he has sent ": "2025-03-10", "it was up to": None}


def test_a_present_tense_lead_by_someone_named_below_is_of_the_day_below(
    extractor: Extractor,
) -> None:
    # "..., says a tribunal member." then "Adjudicator Rosa Lind said in a decision released
    # Monday that ...": the lead sums up the decision the next sentence dates; its "says" is
    # not the publication day.
    text = (
        "TORONTO — The city broke its own hiring rules, says a provincial tribunal member.\n\n"
        "Adjudicator Rosa Lind said in a decision released Monday that the city had ignored "
        "its own posting policy."
    )
    assert {q["said_on"] for q in quotes(extractor, text)} == {"2025-03-10"}


def test_a_present_tense_lead_by_a_named_speaker_keeps_the_publication_day(
    extractor: Extractor,
) -> None:
    # A lead that names its speaker is no summary of someone named below: "says" stays the
    # day the story appeared (assumed).
    text = (
        "TORONTO — The city broke its own hiring rules, says councillor Ben Okafor.\n\n"
        "Adjudicator Rosa Lind said in a decision released Monday that the city had ignored "
        "its own posting policy."
    )
    found = {q["speaker"]: q["said_on"] for q in quotes(extractor, text)}
    assert found == {"Ben Okafor": "2025-03-13", "Rosa Lind": "2025-03-10"}
