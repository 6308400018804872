"""Speakers on news the rules were not written on (issue 13, second set), on sentences of our own.

Each test states one general pattern of news writing about who speaks: a contracted "has", a
speaker picked out by a relative clause, a person named by nationality alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    pub = DateValue(date(2025, 3, 14), "stated")
    result = to_contract(extractor(Article("t", text, published=pub)))
    return [(q["speaker"], q["text"][:24]) for q in result["quotes"]]


def test_a_contracted_has_before_said_keeps_its_subject(extractor: Extractor) -> None:
    # "He's said the ..." is "he has said", not a passive with nobody speaking.
    text = (
        "Mayor Tom Reed opened the new library on Monday. "
        "He's previously said the east wing would be finished by the autumn."
    )
    assert ("Tom Reed", "the east wing would be fin"[:24]) in said(extractor, text)


def test_a_contracted_is_before_said_stays_a_passive(extractor: Extractor) -> None:
    # "She's said to be furious" is a rumour about her, not her words.
    text = "Mayor Tom Reed opened the new library on Monday. She's said to be furious about it."
    assert said(extractor, text) == []


def test_a_clause_inside_the_speaker_phrase_is_not_part_of_its_name(extractor: Extractor) -> None:
    text = (
        "A member of the residents group who was at the meeting told reporters that "
        "the rent increase had been approved without a vote."
    )
    assert said(extractor, text) == [("member of the residents group", "the rent increase had be")]


def test_a_speaker_picked_out_by_a_relative_clause_is_not_the_last_speaker(
    extractor: Extractor,
) -> None:
    # "The nurse who treated her said": someone new, described by what they did; the plain
    # "the nurse said" after it is that same nurse, not the named doctor.
    text = (
        "Hospital director Paula Vance said the ward would stay open.\n\n"
        "The nurse who treated the first patients said the ward had run out of beds twice.\n\n"
        "The nurse said staff had asked for help in January."
    )
    speakers = [s for s, _ in said(extractor, text)]
    assert speakers == ["Paula Vance", "nurse", "nurse"]


def test_a_person_named_by_nationality_alone_is_the_one_just_quoted(extractor: Extractor) -> None:
    text = (
        "Coach Ana Ribeiro said the scans on her striker were clear.\n\n"
        "“We will wait one more week and then decide,” the Portuguese said after the win."
    )
    assert said(extractor, text)[-1] == ("Ana Ribeiro", "We will wait one more we")


def test_the_person_named_after_an_inverted_cue_is_the_speaker(extractor: Extractor) -> None:
    # '“…,” said <team> <position> <Name>': the parser may read the position as a verb; the
    # person named in the phrase after the cue still speaks, not the coach quoted before.
    text = (
        "“We never gave up,” coach Dana Whitfield said.\n\n"
        "“I think the line held all night,” said WCU quarterback Jason Miller, who threw "
        "for 210 yards."
    )
    assert said(extractor, text) == [
        ("Dana Whitfield", "We never gave up,"),
        ("Jason Miller", "I think the line held al"),
    ]


def test_plural_prosecutors_are_not_the_person_last_named(extractor: Extractor) -> None:
    # "the prosecutors said" is a group: never the defendant the story just named.
    text = (
        "Prosecutors asked the court on Monday to jail the builder Victor Hale for six years.\n\n"
        "Hale apologised to the families in court.\n\n"
        "The prosecutors said Hale had ignored three safety warnings."
    )
    speaker, words = said(extractor, text)[-1]
    assert (speaker.lower(), words) == ("prosecutors", "Hale had ignored three s")


def test_a_quotation_paragraph_after_a_report_ending_its_paragraph_continues_it(
    extractor: Extractor,
) -> None:
    text = (
        "Fire chief Omar Haddad said his crews had answered 40 calls overnight.\n\n"
        "“Most of them came from the same three streets near the river.”\n\n"
        "The council will meet on Friday."
    )
    assert said(extractor, text) == [
        ("Omar Haddad", "his crews had answered 4"),
        ("Omar Haddad", "Most of them came from t"),
    ]


def test_a_report_followed_by_more_text_does_not_take_the_next_paragraph(
    extractor: Extractor,
) -> None:
    # Another sentence ends the paragraph: the quotation below belongs to its subject.
    text = (
        "Fire chief Omar Haddad said his crews had answered 40 calls. "
        "Mayor Lena Ortiz visited the shelters on Sunday.\n\n"
        "“Most of them came from the same three streets near the river.”"
    )
    assert said(extractor, text)[-1] == ("Lena Ortiz", "Most of them came from t")


def test_a_reporting_verb_read_as_a_participle_of_the_name_keeps_its_speaker(
    extractor: Extractor,
) -> None:
    # After an imperative quotation the parser hangs "posted" on the name as a modifier.
    text = (
        "“Please pack your medicines and leave by noon,” Ruth Okafor, the county's emergency "
        "coordinator, posted on social media."
    )
    assert said(extractor, text) == [("Ruth Okafor", "Please pack your medicin")]


def test_a_participle_on_a_document_is_no_speaker(extractor: Extractor) -> None:
    # "a notice posted on the door": the notice was posted; nobody named is speaking.
    text = "Residents found a notice posted on the door of the Hartley Building on Monday."
    assert said(extractor, text) == []


def test_a_role_of_one_province_is_not_the_holder_named_for_another(extractor: Extractor) -> None:
    # "Alberta's premier" is not the premier the story names for Ontario, before or after.
    text = (
        "Floods forced thousands from their homes on Sunday, and Alberta's premier warned "
        "that more towns would be evacuated.\n\n"
        "Ontario Premier Joan Pelletier said her province would send crews."
    )
    speakers = [s for s, _ in said(extractor, text)]
    assert speakers[0] != "Joan Pelletier" and speakers[-1] == "Joan Pelletier"


def test_a_role_of_a_country_finds_its_holder_by_another_form(extractor: Extractor) -> None:
    # "Canada's prime minister" is the "Canadian Prime Minister" named in the story.
    text = (
        "Canadian Prime Minister Joan Pelletier met the mayors on Sunday.\n\n"
        "Canada's prime minister said the federal government would pay for the repairs."
    )
    assert said(extractor, text) == [("Joan Pelletier", "the federal government w")]


def test_a_reporting_clause_between_commas_reports_its_sentence(extractor: Extractor) -> None:
    text = (
        "Union leader Ray Hollis spoke to members on Monday.\n\n"
        "If the firm needs to cut jobs, he said, it should warn the workers months ahead."
    )
    result = said(extractor, text)
    assert result == [("Ray Hollis", "If the firm needs to cut")]


def test_a_short_aside_between_commas_is_no_report(extractor: Extractor) -> None:
    # "Yes, she said, and left": too little around the aside to be a statement.
    text = "Mayor Tina Cole spoke on Monday. Well, she said, fine."
    assert said(extractor, text) == []


def test_plain_people_named_as_a_source_speak_as_a_group(extractor: Extractor) -> None:
    text = "The ferry left an hour late, according to passengers."
    assert said(extractor, text) == [("passengers", "The ferry left an hour l")]


def test_people_described_by_what_they_oppose_are_named_by_their_head_noun(
    extractor: Extractor,
) -> None:
    # "of the rezoning" says which opponents; the rezoning itself is no speaker.
    text = "Opponents of the rezoning argue it will push rents beyond reach."
    assert said(extractor, text) == [("Opponents", "it will push rents beyon")]


def test_an_age_opening_the_story_is_the_person_named_next(extractor: Extractor) -> None:
    text = (
        "The 41-year-old father of three told reporters he had waited 11 hours for a bed.\n\n"
        "“Nobody checked on me all night,” said Omar Said, who lives in the east end."
    )
    assert [s for s, _ in said(extractor, text)] == ["Omar Said", "Omar Said"]


# -- days of statements ---------------------------------------------------------------------
def dated(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    pub = DateValue(date(2025, 3, 14), "stated")  # a Friday
    result = to_contract(extractor(Article("t", text, published=pub)))
    return [(q["text"][:16], q["said_on"]) for q in result["quotes"]]


def test_a_dated_speech_act_without_a_report_dates_the_speakers_words_after_it(
    extractor: Extractor,
) -> None:
    text = (
        "In a radio interview on Tuesday, Mayor Hana Brooks questioned that estimate.\n\n"
        "“Nobody has shown us the numbers,” said the mayor.\n\n"
        "“We will not sign anything blind,” said councillor Ivo Dane."
    )
    assert dated(extractor, text) == [
        ("Nobody has shown", "2025-03-11"),
        ("We will not sign", None),  # another speaker: no day
    ]


def test_the_day_the_comments_were_made_dates_the_speakers_undated_words(
    extractor: Extractor,
) -> None:
    text = (
        "Premier Rosa Lind says the province will hire 200 more firefighters.\n\n"
        "Lind made the comments during a news conference Wednesday in Kamloops.\n\n"
        "The premier says the fire season started a month early."
    )
    assert dated(extractor, text) == [
        ("the province wil", "2025-03-12"),
        ("the fire season ", "2025-03-12"),
    ]


def test_words_said_ahead_of_a_dated_event_are_not_on_its_day(extractor: Extractor) -> None:
    text = (
        "Ahead of Monday's budget vote, Finance Minister Carl Weiss says the deficit will "
        "shrink next year."
    )
    # The report is in the present tense: the publication day, never the vote's Monday.
    assert dated(extractor, text) == [("the deficit will", "2025-03-14")]


def test_a_dated_occasion_noun_still_dates_the_words(extractor: Extractor) -> None:
    text = "In Monday's interview, Finance Minister Carl Weiss said the deficit would shrink."
    assert dated(extractor, text) == [("the deficit woul", "2025-03-10")]


def test_the_lender_is_the_company_the_story_is_about(extractor: Extractor) -> None:
    # Business news calls its company by its trade: "the lender", "the airline", "the insurer".
    text = (
        "Shares of Prairie Trust Bank fell 6% on Friday.\n\n"
        "The lender said it would publish its results next week.\n\n"
        "“Investors hate surprises,” said Mina Cho, a portfolio manager at Lakeview Capital."
    )
    assert [s for s, _ in said(extractor, text)] == ["Prairie Trust Bank", "Mina Cho"]


@pytest.mark.parametrize(
    "text",
    [
        "“The vote was rushed,” said Coun. Dana Petrie, who chairs the housing committee.",
        "“The vote was rushed,” Coun. Dana Petrie said.",
        "“The vote was rushed,” said Ward 3 Coun. Dana Petrie.",
    ],
)
def test_a_title_with_a_stop_does_not_cut_off_the_speaker(extractor: Extractor, text: str) -> None:
    # Canadian news abbreviates titles ("Coun.", "Const.", "Supt."): the stop ends no sentence.
    assert said(extractor, text) == [("Dana Petrie", "The vote was rushed,")]


def test_a_ministers_portfolio_is_no_second_speaker(extractor: Extractor) -> None:
    # "Fisheries and Oceans Minister X": the parser may read the portfolio as a conjoined subject.
    text = (
        "The federal government announced Tuesday it will close two more fisheries.\n\n"
        "Colleges and Universities Minister Nolan Quayle said the closures will protect stocks."
    )
    assert [s for s, _ in said(extractor, text)][-1:] == ["Nolan Quayle"]
    assert "Colleges" not in [s for s, _ in said(extractor, text)]


def test_a_body_and_a_minister_are_two_speakers(extractor: Extractor) -> None:
    text = "The RCMP and Public Safety Minister Tom Reyes said the border was secure."
    assert sorted(s for s, _ in said(extractor, text)) == ["RCMP", "Tom Reyes"]


def test_a_described_speaker_named_between_commas_is_one_speaker(extractor: Extractor) -> None:
    text = (
        "The union representing the drivers, Transit Workers United, said the offer was an insult."
    )
    assert [s for s, _ in said(extractor, text)] == ["Transit Workers United"]


def test_an_unnamed_source_described_by_a_phrase_is_a_source(extractor: Extractor) -> None:
    text = "The airline will cut 300 jobs, according to a source familiar with the plan."
    assert said(extractor, text) == [("source", "The airline will cut 300")]
