"""The day a body's leader "made the statement" is the day of the body's words that the story
leads with (sentences of our own), and an honorific between a title and a name keeps the tie."""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.affiliations import title_start
from tests.said import days_by_speaker


def test_the_leaders_statement_day_dates_the_bodys_words(extractor: Extractor) -> None:
    text = (
        "The National Union of Nurses has rejected the ministry’s new rota, insisting that "
        "threats will not divide its members.\n"
        "NUN President, Dr. Ada Obi, made the statement on Monday during a radio interview."
    )
    assert days_by_speaker(extractor, text)["National Union of Nurses"] == date(2025, 10, 13)


def test_another_bodys_leader_does_not_date_it(extractor: Extractor) -> None:
    text = (
        "The National Union of Nurses has rejected the ministry’s new rota, insisting that "
        "threats will not divide its members.\n"
        "Health Minister, Dr. Ada Obi, made a statement on Monday about hospital budgets."
    )
    assert days_by_speaker(extractor, text)["National Union of Nurses"] != date(2025, 10, 13)


def test_an_honorific_after_a_title_keeps_the_title() -> None:
    text = "Union President, Professor Ada Obi, spoke."
    assert title_start(text, text.index("Ada")) == 0


def test_a_members_comments_do_not_date_the_body(extractor: Extractor) -> None:
    text = (
        "The National Union of Nurses has rejected the ministry’s new rota, insisting that "
        "threats will not divide its members.\n"
        "NUN member Ada Obi, a nurse in Kano, made the comments on Monday in a post online."
    )
    assert days_by_speaker(extractor, text)["National Union of Nurses"] != date(2025, 10, 13)


def test_a_chief_executives_comments_date_the_firms_words(extractor: Extractor) -> None:
    text = (
        "Nordline Shipping has rejected the union’s pay claim, insisting that the offer on the "
        "table is final.\nNordline Shipping CEO Ana Soto made the comments on Monday at a "
        "briefing in Oslo."
    )
    assert days_by_speaker(extractor, text)["Nordline Shipping"] == date(2025, 10, 13)
