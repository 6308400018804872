"""Speakers and days on news the rules were not written on (issue 13, ninth set), on sentences
of our own.

Each test states one general pattern of news writing: the further words of a speaker at a
dated press conference keep it open for the next speaker heard there.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def quotes(extractor: Extractor, text: str, published: date = date(2025, 3, 14)) -> list[dict]:
    pub = DateValue(published, "stated")  # 2025-03-14 is a Friday
    return to_contract(extractor(Article("t", text, published=pub)))["quotes"]


def days(extractor: Extractor, text: str) -> dict[str, set[tuple[str | None, str]]]:
    out: dict[str, set[tuple[str | None, str]]] = {}
    for q in quotes(extractor, text):
        out.setdefault(q["speaker"], set()).add((q["said_on"], q["date_certainty"]))
    return out


def test_a_speakers_further_words_keep_the_press_conference_open(extractor: Extractor) -> None:
    # A gathering ends with a statement dated otherwise, not with the first speaker's own
    # further words of that day: the minister after them spoke at the same press conference.
    text = (
        'At a press conference on Thursday, Governor Lena Marsh said: "We will rebuild every '
        'bridge."\n\n'
        '"Nobody will be left behind," said Marsh.\n\n'
        'Transport Minister Omar Pike said the first crossings would reopen within weeks.'
    )
    found = days(extractor, text)
    # Her own words are dated by their day (resolved), her further words by hers (inferred).
    assert found["Lena Marsh"] == {("2025-03-13", "resolved"), ("2025-03-13", "inferred")}
    assert found["Omar Pike"] == {("2025-03-13", "inferred")}


def test_a_person_in_the_place_phrase_after_an_inverted_cue_is_not_the_speaker(
    extractor: Extractor,
) -> None:
    # "said X at a rally beside Y": the phrase after the cue names the speaker first; a place or
    # occasion phrase after the name ("at", "in", "during" ...) names nobody speaking.
    text = (
        '"We will not back down," said union leader Tomas Reyes at a rally beside Mayor Carla '
        "Voss in the port city."
    )
    assert [q["speaker"] for q in quotes(extractor, text)] == ["Tomas Reyes"]


def test_a_bodys_spokesperson_speaks_on_the_day_the_lead_reports_for_it(
    extractor: Extractor,
) -> None:
    # "The ministry said on Tuesday ..." and then "ministry spokeswoman X said ...": a lead that
    # reports a body's words tells of its spokesperson's words that day.
    text = (
        "The Trade Ministry said on Tuesday it would review the tariffs on imported steel.\n\n"
        "Ministry spokeswoman Ana Lind said the review would take several weeks.\n\n"
        '"We are listening to every producer," she said.'
    )
    assert days(extractor, text)["Ana Lind"] == {("2025-03-11", "inferred")}


def test_a_persons_spokesperson_does_not_speak_for_the_body_in_the_lead(
    extractor: Extractor,
) -> None:
    # "A Marsh spokesperson" speaks for Marsh, not for the ministry whose words the lead reports.
    text = (
        "The Trade Ministry said on Tuesday it would fine the office of Governor Lena Marsh.\n\n"
        "A Marsh spokesperson said the governor was awaiting the letter."
    )
    found = days(extractor, text)
    assert [v for k, v in found.items() if "Marsh" in k] == [{(None, "unknown")}]


def test_a_hearing_the_sentence_before_tells_of_stays_open_for_the_next_speakers(
    extractor: Extractor,
) -> None:
    # "X used his hearing on Tuesday to deny ..." then "“…,” X said": X's words are the
    # hearing's, so the judge and the others heard after X spoke there that day, not on the
    # day of the story's lead.
    text = (
        "A clerk, Rita Vance, was sentenced to five years in prison on Wednesday for fraud.\n\n"
        "Former mayor Dale Korver used his bail hearing on Tuesday to again deny taking bribes."
        "\n\n"
        '"I never took a cent from anyone," Korver said.\n\n'
        'But Judge Mira Holt said the evidence was "substantial" and refused bail.\n\n'
        '"The town has waited years for this," said Paula Inge, a former councillor.'
    )
    found = days(extractor, text)
    assert found["Dale Korver"] == {("2025-03-11", "inferred")}
    assert found["Mira Holt"] == {("2025-03-11", "inferred")}
    assert found["Paula Inge"] == {("2025-03-11", "inferred")}


def test_a_hard_wrapped_story_is_parsed_by_its_sentences(extractor: Extractor) -> None:
    # A wire copy or a mailing list breaks lines inside sentences ("told analysts the decline
    # had\nbeen expected"): the parser reads each sentence whole, so its speaker is found.
    text = (
        "Sales of the new phone fell sharply in Europe and Asia in the first quarter.\n"
        "The\n"
        "firm's chief executive, Lara Dent, told analysts the decline had\n"
        "been expected.\n"
        "She\n"
        "said the company would cut\n"
        "prices in the spring.\n"
    )
    assert [q["speaker"] for q in quotes(extractor, text)] == ["Lara Dent", "Lara Dent"]


def test_a_few_words_quoted_right_after_said_are_the_words_said(extractor: Extractor) -> None:
    # Scare quotes are short and stand inside a sentence; written right after "said", a short
    # quotation is the speaker's words ('the council, which she said “cries wolf” ...'), unless
    # it only opens a longer reported clause ('said “at no time” did she agree').
    text = (
        "Mayor Ana Ruiz thanked her supporters and mocked the council, which she said "
        '"cries wolf" at every budget.'
    )
    found = [(q["speaker"], q["text"]) for q in quotes(extractor, text)]
    assert ("Ana Ruiz", "cries wolf") in found
    text = 'Nurse Lia Stone said "at no time" did she agree to the transfer of the patient.'
    assert "at no time" not in [q["text"] for q in quotes(extractor, text)]


def test_it_opening_a_sentence_is_the_body_the_sentence_before_was_about(
    extractor: Extractor,
) -> None:
    # "X, which runs Y, has dropped a demand that Z first ... Instead, it said ...": "it" is the
    # main clause's subject before, not a body named inside a clause of it.
    text = (
        "The Northern Dockers Federation, which represents most port staff, has dropped its "
        "demand that the "
        "Harbour Board first freeze all hiring. Instead, it said it would accept a review of "
        "new contracts."
    )
    found = {q["text"][:12]: q["speaker"] for q in quotes(extractor, text)}
    assert found["it would acc"] != "Harbour Board"
    assert found["it would acc"] == "Northern Dockers Federation"


def test_a_role_is_the_one_the_next_lines_give_it_not_whoever_acted_before(
    extractor: Extractor,
) -> None:
    # "The head of the commission told X ..." and next "Judge Y, the head of the commission,
    # said ...": the role's holder named right after, not X who acted just before.
    text = (
        "Opposition leader Tom Asante said the count had been rigged and demanded a recount.\n"
        "But the head of the commission told the opposition leader that the count was final.\n"
        "Judge Mary Osei, the head of the commission, said at a briefing that the vote was fair."
    )
    found = {q["text"][:12]: q["speaker"] for q in quotes(extractor, text)}
    assert found["the count wa"] == "Mary Osei"


def test_one_of_the_officials_is_one_unnamed_person_of_the_group_that_spoke_that_day(
    extractor: Extractor,
) -> None:
    # "one of the two officials told ..." is one person the phrase describes (not the body they
    # serve, nobody named before), and one of the officials the lead says spoke that Tuesday.
    text = (
        "The Harbour Board is waiting for an answer from the ferry firm, two officials from the "
        "board said on Tuesday.\n\n"
        '"We have sent our offer and are waiting to hear back," one of the two officials told '
        "reporters, asking not to be named."
    )
    found = {q["text"][:12]: (q["speaker"], q["said_on"]) for q in quotes(extractor, text)}
    assert found["We have sent"] == ("one of the two officials", "2025-03-11")


def test_a_label_in_the_passive_with_no_one_named_is_nobodys_statement(
    extractor: Extractor,
) -> None:
    # "The talks are being described as “…”": who describes them is not said, so the words are
    # not the last speaker's; "described by the mayor as “…”" names its speaker.
    text = (
        '"We are close to a deal," said Mayor Ana Ruiz.\n\n'
        'The talks are being described as the "last, best chance" to save the harbour.'
    )
    assert [q["text"] for q in quotes(extractor, text)] == ["We are close to a deal,"]
