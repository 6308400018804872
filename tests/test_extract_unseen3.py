"""Speakers and dates on news the rules were not written on (issue 13, third set), on sentences
of our own.

Each test states one general pattern of news writing: people named by what they are ("medics"),
a number of people taken together ("a team of inspectors"), the source after "according to", a
dateline before the first sentence, several people after an inverted cue.
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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Medics said four hikers had been flown to hospital.", "Medics"),
        ("Rescuers said the last climber was found alive.", "Rescuers"),
        (
            "Soldiers at the border post said the gate had stayed shut.",
            "Soldiers at the border post",
        ),
    ],
)
def test_people_named_by_what_they_are_speak_as_a_group(
    extractor: Extractor, text: str, speaker: str
) -> None:
    assert [s for s, _ in said(extractor, text)] == [speaker]


def test_a_number_of_people_taken_together_speak_as_that_group(extractor: Extractor) -> None:
    text = "A team of inspectors said the bridge needed urgent repairs."
    assert said(extractor, text) == [("team of inspectors", "the bridge needed urgent")]
    text = "Dozens of shop owners said the road works had cost them customers."
    assert [s for s, _ in said(extractor, text)] == ["Dozens of shop owners"]


def test_they_after_a_group_that_spoke_is_that_group(extractor: Extractor) -> None:
    text = (
        "The city council approved the budget on Monday. A team of auditors said the accounts "
        "were incomplete. They added that two contracts had never been signed."
    )
    assert [s for s, _ in said(extractor, text)] == ["team of auditors", "team of auditors"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Eleven homes were flooded overnight, according to firefighters.", "firefighters"),
        ("Eleven homes were flooded overnight, according to medics.", "medics"),
        (
            "Eleven homes were flooded overnight, according to the regional emergency agency.",
            "regional emergency agency",
        ),
        (
            "Eleven homes were flooded overnight, according to a count by the Red Cross.",
            "Red Cross",
        ),
    ],
)
def test_the_source_after_according_to(extractor: Extractor, text: str, speaker: str) -> None:
    assert said(extractor, text) == [(speaker, "Eleven homes were floode")]


def test_according_to_a_bare_document_names_nobody(extractor: Extractor) -> None:
    assert said(extractor, "Eleven homes were flooded overnight, according to reports.") == []


def test_people_joined_by_and_after_an_inverted_cue_all_speak(extractor: Extractor) -> None:
    text = "“The pool stays closed until the pipes are fixed,” said Mayor Karen Walsh and Fire Chief David Moore."
    assert sorted(s for s, _ in said(extractor, text)) == ["David Moore", "Karen Walsh"]


def test_one_person_after_an_inverted_cue_with_an_apposition_speaks_alone(
    extractor: Extractor,
) -> None:
    text = "“The pool stays closed until the pipes are fixed,” said Ines Vidal, the mayor of Arlen and a former engineer."
    assert [s for s, _ in said(extractor, text)] == ["Ines Vidal"]


def dated(extractor: Extractor, text: str, published: date) -> list[tuple[str, str | None]]:
    pub = DateValue(published, "stated")
    result = to_contract(extractor(Article("t", text, published=pub)))
    return [(q["speaker"], q["said_on"]) for q in result["quotes"]]


def test_reactions_to_a_lead_in_the_present_perfect_are_of_the_publication_day(
    extractor: Extractor,
) -> None:
    text = (
        "The regional assembly has approved the new water charter after a long night of debate.\n\n"
        "Premier Lise Moreau described the vote as “a turning point for every farmer in the valley”."
    )
    assert dated(extractor, text, date(2024, 6, 5)) == [("Lise Moreau", "2024-06-05")]


def test_a_lead_in_the_past_with_no_day_dates_nothing(extractor: Extractor) -> None:
    text = (
        "The regional assembly approved the new water charter after a long night of debate.\n\n"
        "Premier Lise Moreau described the vote as “a turning point for every farmer in the valley”."
    )
    assert dated(extractor, text, date(2024, 6, 5)) == [("Lise Moreau", None)]


@pytest.mark.parametrize(
    "dateline",
    [
        "(Bloomberg) -- ",
        "REGINA (Reuters) - ",
        "NEW DELHI: ",
        "Lviv, Ukraine (CNN) — ",
        "OTTAWA — ",
    ],
)
def test_a_dateline_or_a_wire_credit_never_speaks(extractor: Extractor, dateline: str) -> None:
    text = dateline + "Northfield Bank said it would close nine branches by the end of the year."
    assert [s for s, _ in said(extractor, text)] == ["Northfield Bank"]


@pytest.mark.parametrize(
    "text",
    ["UK - China trade talks resumed on Monday.", "NATO - the alliance - met on Monday."],
)
def test_capitals_and_a_dash_opening_a_sentence_are_no_dateline(text: str) -> None:
    from graph.extract.datelines import dateline_end

    assert dateline_end(text) == 0


def test_a_report_opening_the_story_starts_after_its_dateline(extractor: Extractor) -> None:
    text = "HALIFAX — The ferry will resume service on Friday, the operator Bay Ferries said."
    assert said(extractor, text) == [("Bay Ferries", "The ferry will resume se")]


def test_a_reporting_clause_with_its_audience_set_off_by_commas(extractor: Extractor) -> None:
    # "The plan, Okafor told reporters, would ...": the sentence around the clause is the report.
    text = (
        "The new levy, Finance Minister Karen Walsh told reporters, would raise $3 billion a year."
    )
    assert [s for s, _ in said(extractor, text)] == ["Karen Walsh"]


def test_a_label_and_a_colon_before_a_quotation_name_its_speaker(extractor: Extractor) -> None:
    text = (
        "The motion passed by nine votes to two.\n\n"
        "Councillor Karen Walsh: “We cannot put off the repairs for another winter.”\n\n"
        "Councillor David Moore: “This spending will land on every household in town.”"
    )
    assert [s for s, _ in said(extractor, text)] == ["Karen Walsh", "David Moore"]


def test_a_sentence_ending_in_a_colon_is_no_label(extractor: Extractor) -> None:
    text = "The motion passed by nine votes to two. The result was clear: “the repairs go ahead.”"
    assert said(extractor, text) == []


def test_a_relative_written_next_to_a_name_says_nothing_of_its_gender(
    extractor: Extractor,
) -> None:
    # "Ana, whose son was hurt": the son is male, not Ana; "she" can still be Ana.
    text = (
        "Fire Chief David Moore said crews arrived within minutes. Karen Walsh, whose son was "
        "hurt in the blaze, disputed that account.\n\n“They took almost an hour,” she told CBC News."
    )
    assert [s for s, _ in said(extractor, text)] == ["David Moore", "Karen Walsh"]


def test_said_in_a_statement_that_read_as_a_relative_clause_is_still_the_report(
    extractor: Extractor,
) -> None:
    text = (
        "The National Hockey League said in a statement that Karen Walsh had resigned as "
        "commissioner."
    )
    assert said(extractor, text) == [("National Hockey League", "Karen Walsh had resigned")]


def test_said_in_a_report_released_that_day_that(extractor: Extractor) -> None:
    text = (
        "The province's fire marshal, David Moore, said in a report released Thursday that "
        "the blaze had been set deliberately."
    )
    assert said(extractor, text) == [("David Moore", "the blaze had been set d")]


def test_members_of_a_legislature_speak_as_a_group(extractor: Extractor) -> None:
    text = "Opposition MPPs said the new highway would cost twice the official estimate."
    assert [s.split()[-1] for s, _ in said(extractor, text)] == ["MPPs"]


@pytest.mark.parametrize(
    "furniture",
    [
        "Story continues below advertisement",
        "ADVERTISEMENT",
        "WATCH | The minister speaks to reporters",
        "READ MORE: Province posts a surplus",
    ],
)
def test_a_page_furniture_line_neither_speaks_nor_ends_a_quotation(
    extractor: Extractor, furniture: str
) -> None:
    text = (
        "Finance Minister Karen Walsh defended the budget on Tuesday.\n\n"
        "“We made hard choices and they are paying off,” Walsh said.\n\n"
        f"{furniture}\n\n"
        "“We will balance the books by 2027, as we promised.”"
    )
    assert [s for s, _ in said(extractor, text)] == ["Karen Walsh", "Karen Walsh"]


def test_an_open_quotation_reopened_after_a_furniture_line_goes_on(extractor: Extractor) -> None:
    text = (
        "Finance Minister Karen Walsh said the deficit would shrink next year.\n\n"
        "“We made hard choices and they are paying off. The numbers speak for themselves.\n\n"
        "Story continues below advertisement\n\n"
        "“We will balance the books by 2027, as we promised.”"
    )
    assert [s for s, _ in said(extractor, text)] == ["Karen Walsh"] * 3


def test_a_sentence_that_starts_like_furniture_is_text() -> None:
    from graph.extract.furniture import furniture_lines

    assert furniture_lines("Watch what happens next, he said.\nMore than 40 people died.") == []


def test_a_block_of_furniture_lines_between_single_line_paragraphs(extractor: Extractor) -> None:
    text = (
        "Fire Chief David Moore said the blaze was under control.\n"
        "“Crews worked through the night to contain it,” Moore said in a statement.\n"
        "- Download our app to get local alerts to your device\n"
        "- Get the latest local updates right to your inbox\n"
        "“Nobody was hurt, and the families have somewhere to stay.”"
    )
    assert [s for s, _ in said(extractor, text)] == ["David Moore"] * 3


def test_said_in_a_statement_sent_on_a_day_is_said_that_day(extractor: Extractor) -> None:
    text = (
        "“The road will stay closed until the slope is safe,” Mayor Karen Walsh said in a "
        "statement sent to reporters on Monday."
    )
    assert dated(extractor, text, date(2025, 3, 14)) == [("Karen Walsh", "2025-03-10")]


def test_the_noun_after_with_is_the_speaker_of_its_participle(extractor: Extractor) -> None:
    text = (
        "The Greens attacked the budget, with the party’s leader, Karen Walsh, saying in a "
        "statement that it would gut transit funding."
    )
    assert [s for s, _ in said(extractor, text)] == ["Karen Walsh"]
    text = "Rents rose again in June, with economists saying the increase would slow next year."
    assert [s for s, _ in said(extractor, text)] == ["economists"]


def test_a_participle_after_a_with_phrase_closed_by_a_comma_is_the_subject_s(
    extractor: Extractor,
) -> None:
    text = (
        "Finance Minister Karen Walsh praised the deal with Mexico, warning that other partners "
        "would face higher duties."
    )
    assert [s for s, _ in said(extractor, text)] == ["Karen Walsh"]
    text = (
        "Union leader Karen Walsh answered with a letter saying the members would not return "
        "to the table."
    )
    assert [s for s, _ in said(extractor, text)] == ["Karen Walsh"]


def test_a_capitalised_title_before_a_name_is_that_person_s(extractor: Extractor) -> None:
    # "Chief of the Defence Staff Gen. X told": X speaks, not a person called "Chief".
    text = "Chief of the Harbour Authority Capt. Karen Walsh told reporters the port would reopen."
    assert [s for s, _ in said(extractor, text)] == ["Karen Walsh"]


def test_the_union_is_the_one_body_of_that_kind_named_before(extractor: Extractor) -> None:
    # "the union" after the Ontario Teachers Association: no body is called "union", one is
    # an association.
    text = (
        "The Ontario Teachers Association warned that the changes would hurt pupils. "
        "The union said members had not been consulted."
    )
    assert [s for s, _ in said(extractor, text)] == ["Ontario Teachers Association"] * 2


def test_a_relative_clause_with_who_speaks_for_the_person_it_describes(
    extractor: Extractor,
) -> None:
    text = "The march was led by Karen Walsh, who said the closure would cost 300 jobs."
    assert said(extractor, text) == [("Karen Walsh", "the closure would cost 3")]


def test_a_speaker_s_remarks_that_are_what_they_said(extractor: Extractor) -> None:
    text = (
        "The embassy protested against Karen Walsh's remarks that the border fence had been "
        "built on its land."
    )
    assert said(extractor, text) == [("Karen Walsh", "the border fence had bee")]


def test_the_day_a_speaker_addressed_an_audience_dates_the_words_that_follow(
    extractor: Extractor,
) -> None:
    text = (
        "The council approved the plan on Monday. Mayor Karen Walsh addressed residents at a "
        "town hall on Tuesday evening.\n\n“This is the biggest investment in our parks in "
        "fifty years,” she said."
    )
    assert dated(extractor, text, date(2025, 3, 14)) == [("Karen Walsh", "2025-03-11")]


def test_words_that_had_been_said_before_the_lead_s_occasion_stay_undated(
    extractor: Extractor,
) -> None:
    text = (
        "The province recalled its trade envoy on Thursday over the remarks. "
        "“The tariffs are a betrayal of our farmers,” Karen Walsh had written on social media."
    )
    assert dated(extractor, text, date(2025, 3, 14)) == [("Karen Walsh", None)]


def test_another_speaker_is_never_the_last_one(extractor: Extractor) -> None:
    text = "“The bus never comes,” one commuter said. Another added: “We walk to work now.”"
    assert [s for s, _ in said(extractor, text)] == ["one commuter"]
    text = "“The bus never comes,” Karen Walsh said. “We walk to work now,” she added."
    assert [s for s, _ in said(extractor, text)] == ["Karen Walsh", "Karen Walsh"]


def test_a_second_reporting_verb_inside_the_first_report_is_cut_from_it(
    extractor: Extractor,
) -> None:
    text = (
        "Mayor Karen Walsh said the levy would fund new buses, and added, “Nobody will pay "
        "more than ten dollars a month for it.”"
    )
    assert said(extractor, text) == [
        ("Karen Walsh", "the levy would fund new b"[:24]),
        ("Karen Walsh", "Nobody will pay more tha"),
    ]


def test_the_mp_is_the_member_named_with_that_title(extractor: Extractor) -> None:
    text = (
        "Green MP Karen Walsh pressed the minister on the pipeline. "
        "“Canadians deserve a straight answer,” the MP said."
    )
    assert [s.split()[-1] for s, _ in said(extractor, text)] == ["Walsh"]


def test_a_paragraph_ending_in_a_colon_with_a_reporting_verb_introduces_the_quotation(
    extractor: Extractor,
) -> None:
    text = (
        "Here is what Mayor Karen Walsh told council on Tuesday:\n\n"
        "“Every home lost in the flood will be rebuilt before winter.”"
    )
    assert said(extractor, text) == [("Karen Walsh", "Every home lost in the f")]


def test_a_quotation_after_a_group_that_spoke_still_continues_it(extractor: Extractor) -> None:
    text = "Some tenants said the heat had been off for weeks. “We sleep in our coats.”"
    assert [s for s, _ in said(extractor, text)] == ["Some tenants", "Some tenants"]
