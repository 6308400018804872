"""Speakers and days on news the rules were not written on (issue 13, sixth set), on sentences of
our own.

Each test states one general pattern of news writing: a lead that tells of a declaration (a
state of emergency, a day of mourning) dates the story's occasion for every speaker at it; so does
a lead whose speaker is someone the story names only further down ("A senior official said");
"the hospital said", "the school said" stand for the hospital or school named before; "said X, and
thought Y" reports the thought within what was said; "urged that the board advise ..." is the
demanders' words, not the board's; "said X, said Y" are two reports by one speaker; the other speakers at a dated meeting spoke that
day; a recap whose lead only sets the scene leaves the game day to the next sentence, with the score; "according to a news release"
with no maker named is the body the story is about.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def quotes(extractor: Extractor, text: str) -> list[dict]:
    pub = DateValue(date(2025, 3, 14), "stated")
    return to_contract(extractor(Article("t", text, published=pub)))["quotes"]


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"][:24]) for q in quotes(extractor, text)]


def test_a_declaration_in_the_lead_dates_every_speaker(extractor: Extractor) -> None:
    text = (
        "Governor Lena Halvorsen declared a regional state of emergency Thursday night as the "
        "river kept rising.\n\n"
        "“We have never seen water this high in the valley,” Halvorsen said.\n\n"
        "Transport Minister Oskar Brandt said the two bridges on the highway would stay shut "
        "until engineers could inspect them."
    )
    days = {(q["speaker"], q["said_on"]) for q in quotes(extractor, text)}
    assert days == {("Lena Halvorsen", "2025-03-13"), ("Oskar Brandt", "2025-03-13")}


def test_an_unnamed_speaker_in_the_lead_dates_the_named_one(extractor: Extractor) -> None:
    text = (
        "A senior water official said Wednesday she does not know why the reservoir level fell "
        "so fast.\n\n"
        "But Dr. Ines Varga, director of the regional water board, said the drop can be traced "
        "to a leaking valve that was only found last week."
    )
    days = {q["said_on"] for q in quotes(extractor, text)}
    assert days == {"2025-03-12"}


def test_the_hospital_speaks_as_the_hospital_named_before(extractor: Extractor) -> None:
    text = (
        "Lakeshore General Hospital has closed one of its wards after two cases of measles.\n\n"
        "The hospital also said that it has moved the patients of the ward to other floors."
    )
    assert said(extractor, text) == [("Lakeshore General Hospital", "it has moved the patient")]


def test_a_thought_after_the_saying_is_part_of_what_was_said(extractor: Extractor) -> None:
    text = (
        "Witness Tom Bell said he could not find his keys, which had been in his coat, and "
        "believed they were stolen."
    )
    assert said(extractor, text) == [("Tom Bell", "he could not find his ke")]
    (quote,) = quotes(extractor, text)
    assert quote["text"].endswith("believed they were stolen")


def test_words_inside_a_demand_are_the_demanders(extractor: Extractor) -> None:
    text = (
        "Councillors presented a petition to the board, and urged that the board advise “the "
        "mayor to stop wasting money” and keep the library open."
    )
    assert [s for s, _ in said(extractor, text)] == ["Councillors"]


def test_a_source_passing_on_a_demand_still_gives_it_to_its_speaker(extractor: Extractor) -> None:
    text = "Mayor Ana Ruiz urged the board to keep the library open all summer, a source said."
    assert [s for s, _ in said(extractor, text)] == ["Ana Ruiz"]


def test_two_reports_run_together_without_and(extractor: Extractor) -> None:
    text = (
        "Mayor Ana Ruiz opened the new bridge on Monday.\n\n"
        "Ruiz said the city has been working closely with the province on the project, said she "
        "was proud of the crews who built it."
    )
    assert said(extractor, text) == [
        ("Ana Ruiz", "the city has been workin"),
        ("Ana Ruiz", "she was proud of the cre"),
    ]


def test_other_speakers_at_a_dated_meeting_spoke_that_day(extractor: Extractor) -> None:
    text = (
        "The school board will vote on closing two rural schools.\n\n"
        "“We cannot keep half-empty buildings heated all winter,” board chair Ana Ruiz said at "
        "the opening of a special meeting Tuesday.\n\n"
        "Trustee Tom Bell objected to the plan.\n\n"
        "“These schools are the heart of their villages,” Bell said."
    )
    days = {(q["speaker"], q["said_on"]) for q in quotes(extractor, text)}
    assert days == {("Ana Ruiz", "2025-03-11"), ("Tom Bell", "2025-03-11")}


def test_a_speaker_who_had_spoken_before_the_meeting_is_not_dated_by_it(
    extractor: Extractor,
) -> None:
    text = (
        "The school board will vote on closing two rural schools.\n\n"
        "“We cannot keep half-empty buildings heated all winter,” board chair Ana Ruiz said at "
        "the opening of a special meeting Tuesday.\n\n"
        "“These schools are the heart of their villages,” Trustee Tom Bell had written to parents."
    )
    days = {(q["speaker"], q["said_on"]) for q in quotes(extractor, text)}
    assert ("Tom Bell", "2025-03-11") not in days


def test_a_scene_setting_lead_leaves_the_day_to_the_next_sentence(extractor: Extractor) -> None:
    text = (
        "It had been years since goalie Ana Ruiz last kept a clean sheet, though the result "
        "mattered more to her than the record.\n\n"
        "Ruiz made 31 saves and Tom Bell scored twice in the Falcons' 3-0 win against the "
        "Herons at Lakeside Arena on Wednesday.\n\n"
        "“I just try to stay calm and let the defence do its work,” Ruiz said."
    )
    assert {q["said_on"] for q in quotes(extractor, text)} == {"2025-03-12"}


def test_a_release_with_no_maker_named_is_the_bodys_the_story_is_about(
    extractor: Extractor,
) -> None:
    text = (
        "Lakeshore General Hospital has closed one of its wards after two cases of measles.\n\n"
        "According to a news release, staff traced both cases to a visitor who came on March 2."
    )
    assert [s for s, _ in said(extractor, text)] == ["Lakeshore General Hospital"]


def test_a_report_with_no_maker_named_stays_nobodys(extractor: Extractor) -> None:
    text = (
        "Lakeshore General Hospital has closed one of its wards after two cases of measles.\n\n"
        "According to a report, staff traced both cases to a visitor who came on March 2."
    )
    assert said(extractor, text) == []
