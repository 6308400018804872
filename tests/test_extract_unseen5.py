"""Speakers on news the rules were not written on (issue 13, fifth set), on sentences of our own.

Each test states one general pattern of news writing: a reminder or an appeal reported like any
other reported speech ("is reminding drivers that ..."), a remark made lightly ("quipped",
"joked that"), a person named after a party and a role title ("Green Energy Critic Ana Ruiz"),
and a saint's name opening the name of an institution ("St. Agnes said").
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    pub = DateValue(date(2025, 3, 14), "stated")
    quotes = to_contract(extractor(Article("t", text, published=pub)))["quotes"]
    return [(q["speaker"], q["text"][:24]) for q in quotes]


def test_a_reminder_reports_what_was_said(extractor: Extractor) -> None:
    text = "The fire chief is reminding drivers that the canyon road will stay closed."
    assert said(extractor, text) == [("fire chief", "the canyon road will sta")]


def test_a_joke_reports_what_was_said(extractor: Extractor) -> None:
    text = "The mayor joked that the new library had more books than the town had readers."
    assert said(extractor, text) == [("mayor", "the new library had more")]


def test_a_quip_after_a_quotation_names_its_speaker(extractor: Extractor) -> None:
    text = '"We packed the snacks before the maps," the captain quipped.'
    assert said(extractor, text) == [("captain", "We packed the snacks bef")]


def test_pleading_guilty_reports_nothing(extractor: Extractor) -> None:
    text = "Carl Hodge pleaded guilty to two counts of theft on Monday."
    assert said(extractor, text) == []


def test_a_name_after_a_party_and_a_portfolio_title_is_the_full_name(extractor: Extractor) -> None:
    text = "Green Party Energy Critic Ana Ruiz said the pipeline plan was a failure."
    assert said(extractor, text) == [("Ana Ruiz", "the pipeline plan was a ")]


def test_a_saints_name_is_the_institution_named_before(extractor: Extractor) -> None:
    text = (
        "Four patients tested positive at St. Agnes Regional Hospital in Dunmore on Monday. "
        'St. Agnes said in a statement that it was "tracing every contact."'
    )
    assert said(extractor, text)[0][0] == "St. Agnes Regional Hospital"


def test_the_opening_words_of_a_longer_name_are_that_body(extractor: Extractor) -> None:
    text = (
        "Lakeside Public Health Authority reported two new cases. "
        'Lakeside Public Health said the clinic was "closed for now."'
    )
    assert said(extractor, text)[0][0] == "Lakeside Public Health Authority"


def test_news_given_to_someone_reports_what_was_said(extractor: Extractor) -> None:
    text = "The mayor informed residents that the ferry would stop running in April."
    assert said(extractor, text) == [("mayor", "the ferry would stop run")]


def test_a_guess_reports_a_view(extractor: Extractor) -> None:
    text = "The coach reckons that his players need another week of rest."
    assert said(extractor, text) == [("coach", "his players need another")]


@pytest.mark.parametrize("verb", ["implored", "begged", "exhorted", "reminded"])
def test_a_plea_to_act_reports_what_the_addressee_is_asked(extractor: Extractor, verb: str) -> None:
    """ "implored residents to leave": like "urged residents to leave", the plea is reported."""
    text = f"Premier Ann Lowe {verb} residents to leave the valley before nightfall."
    assert said(extractor, text) == [("Ann Lowe", "residents to leave the v")]
