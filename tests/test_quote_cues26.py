"""Quotes found on news the rules were not written on (issue 13: quote detection), on
sentences of our own.

Each test states one general pattern of news writing: "call X Y" reports the small clause "X
Y" as the speaker's verdict; words chanted, shouted, voiced or expressed in quotation marks are
the words of those who voice them, however few ("chanting “Resign”", "to chants of “justice” by
the crowd", "voiced “serious concern”"); reports joined by "and" after a participle are two
statements ("promising ... and arguing ..."), and the parser's misreading of a report without
"that" ("arguing her record made her ...") is still the clause reported.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def quotes(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    pub = DateValue(date(2025, 3, 14), "stated")
    found = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    return sorted((q["speaker"], q["cue"], q["text"]) for q in found)


def test_call_with_an_object_and_its_predicate_reports_the_small_clause(
    extractor: Extractor,
) -> None:
    text = "Senator Maria Olsen called the verdict a disgrace on Tuesday."
    assert quotes(extractor, text) == [("Maria Olsen", "called", "the verdict a disgrace")]


def test_call_small_clause_with_an_adjective_and_a_possessive_object(
    extractor: Extractor,
) -> None:
    text = (
        "The candidate, Tomas Berg, called the ruling party's victory illegitimate and said "
        "he would ask the courts to intervene."
    )
    found = quotes(extractor, text)
    assert ("Tomas Berg", "called", "the ruling party's victory illegitimate") in found


def test_call_on_or_off_a_passive_and_a_relative_report_no_small_clause(
    extractor: Extractor,
) -> None:
    text = (
        "What Berg called a fraud was, for Olsen, a simple mistake. Olsen was called a traitor "
        "by the rebels. Berg called off the rally."
    )
    assert quotes(extractor, text) == []


def test_a_quoted_predicate_after_call_is_the_quotation_only(extractor: Extractor) -> None:
    text = 'Tomas Berg called the draft "deeply flawed" on Monday.'
    assert quotes(extractor, text) == [("Tomas Berg", "called", "deeply flawed")]


def test_a_chant_in_quotation_marks_is_the_chanters_words(extractor: Extractor) -> None:
    text = 'Hundreds of protesters gathered outside parliament chanting "Resign now" at police.'
    found = quotes(extractor, text)
    assert [(cue, words) for _, cue, words in found] == [("chanting", "Resign now")]


def test_chants_of_words_by_someone_are_theirs_not_the_speakers(extractor: Extractor) -> None:
    text = '"We won," Gabriel Ortiz said to chants of "justice" by the crowd.'
    found = quotes(extractor, text)
    # the crowd is no actor: the chant is nobody's, and never Ortiz's
    assert found == [("Gabriel Ortiz", "said", "We won,")]


def test_words_voiced_in_quotation_marks_are_a_statement(extractor: Extractor) -> None:
    text = 'Senator Maria Olsen voiced "serious concern" over the count.'
    assert quotes(extractor, text) == [("Maria Olsen", "voiced", "serious concern")]


def test_a_short_title_after_another_verb_stays_a_title(extractor: Extractor) -> None:
    text = 'Senator Maria Olsen read "Small Towns" to the students.'
    assert quotes(extractor, text) == []


def test_conjoined_report_participles_are_two_statements(extractor: Extractor) -> None:
    text = (
        "Governor Lina Park ran again promising to cut taxes and arguing her record made her "
        "the best candidate."
    )
    assert quotes(extractor, text) == [
        ("Lina Park", "arguing", "her record made her the best candidate"),
        ("Lina Park", "promising", "to cut taxes"),
    ]


def test_saying_and_adding_after_a_participle_split(extractor: Extractor) -> None:
    text = (
        "Mayor Tom Reyes defended the budget, saying the city needed new buses and adding that "
        "fares would stay the same."
    )
    assert quotes(extractor, text) == [
        ("Tom Reyes", "adding", "fares would stay the same"),
        ("Tom Reyes", "saying", "the city needed new buses"),
    ]


def test_a_participle_inside_the_report_is_not_cut_off(extractor: Extractor) -> None:
    text = "Ana Ruiz said the press is raising questions about the count and calling it rigged."
    found = quotes(extractor, text)
    assert [words for _, _, words in found] == [
        "the press is raising questions about the count and calling it rigged"
    ]


def test_a_quotation_after_according_to_an_unknown_source_is_not_the_last_speakers(
    extractor: Extractor,
) -> None:
    text = (
        "Senator Maria Olsen said the count was slow.\n\n"
        "According to the delegation's early findings, \"the vote was calm and orderly in "
        'most districts."'
    )
    found = quotes(extractor, text)
    assert all(cue is not None for _, cue, _ in found)  # never the last speaker's going on


def test_a_clause_joined_after_a_mid_sentence_report_is_not_the_report(
    extractor: Extractor,
) -> None:
    text = (
        "Chilean president Ana Ruiz has won a second term on Saturday, election officials "
        "said, but her main rival Tomas Berg has alleged fraud and said voters should reject "
        "the result."
    )
    found = [(cue, words) for _, cue, words in quotes(extractor, text)]
    assert ("said", "voters should reject the result") in found
    assert all("Tomas Berg" not in words for _, words in found)


def test_slogans_on_banners_are_not_the_last_speakers_words(extractor: Extractor) -> None:
    text = (
        '"The people will not accept this," Tomas Berg said outside the cathedral.\n\n'
        "Marchers walked two miles waving banners bearing slogans including "
        '"Fraud Shall Not Stand," "No more political killings," and "Free the prisoners now," '
        "demanding that the president step aside."
    )
    assert [words for _, _, words in quotes(extractor, text)] == [
        "The people will not accept this,"
    ]


def test_a_label_is_the_labellers_words_before_a_later_cue(extractor: Extractor) -> None:
    text = (
        'Opposition leader Tomas Berg yesterday denounced the elections as "a huge farce" '
        "after independent observers said a million voters might have been turned away."
    )
    found = {words: speaker for speaker, _, words in quotes(extractor, text)}
    assert found.get("a huge farce") == "Tomas Berg"


def test_call_with_a_name_for_its_predicate_only_names(extractor: Extractor) -> None:
    text = "Senator Ana Ruiz called the plan Project Harbor in a speech on Monday."
    assert quotes(extractor, text) == []
