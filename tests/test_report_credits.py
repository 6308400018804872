"""A report that an outlet credits at the end of its sentence is the words of the one reported.

"The ministry said that ..., Reuters reports" passes on the ministry's words: the ministry is
the speaker, and the credit is no part of what it said. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    article = Article("t", text, published=DateValue(date(2025, 6, 5), "stated"))
    return [(q["speaker"], q["text"]) for q in to_contract(extractor(article))["quotes"]]


@pytest.mark.parametrize("credit", ["Reuters reports", "the Daily Courier reported"])
def test_the_credited_report_is_the_speaker_s(extractor: Extractor, credit: str) -> None:
    text = (
        "The Nordland foreign ministry said on Monday that it had recalled its ambassador "
        f"from Vestland in protest at the new border tariffs, {credit}."
    )
    assert said(extractor, text) == [
        (
            "Nordland foreign ministry",
            "it had recalled its ambassador from Vestland in protest at the new border tariffs",
        )
    ]


def test_a_credited_request_to_act_is_the_one_who_asked(extractor: Extractor) -> None:
    # "asked a judge to block ...": a report with an infinitive instead of a clause
    text = (
        "Snapwave asked a federal judge in Denver to block the state from enacting a ban on "
        "the app, Bloomberg reported."
    )
    assert [s for s, _ in said(extractor, text)] == ["Snapwave"]


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Mills decided to close the plant, Reuters reported.",
        "Delta Air Lines continued to cancel flights on Tuesday, Reuters reported.",
    ],
)
def test_a_credited_act_that_is_no_report_stays_the_outlet_s(
    extractor: Extractor, text: str
) -> None:
    assert [s for s, _ in said(extractor, text)] == ["Reuters"]


def test_a_contrast_before_the_cue_leaves_the_clause_before_unreported(
    extractor: Extractor,
) -> None:
    text = (
        "Three harbours were joined by Moss today in raising their fees, however both Halden "
        "and Moss said the new rates would apply from June."
    )
    assert said(extractor, text) == [
        ("Halden", "the new rates would apply from June"),
        ("Moss", "the new rates would apply from June"),
    ]


def test_a_quotation_before_a_cue_with_a_clause_after_it_stays_the_words(
    extractor: Extractor,
) -> None:
    text = (
        "“Nobody should lose the right to march,” Ivo Lang said the day after thousands "
        "protested against the result of the vote."
    )
    assert said(extractor, text) == [("Ivo Lang", "Nobody should lose the right to march,")]


def test_a_second_report_with_its_own_clause_is_no_credit(extractor: Extractor) -> None:
    text = (
        "The port authority said the count was complete, the dockers' union said it had been "
        "rigged from the start."
    )
    assert said(extractor, text) == [
        ("port authority", "the count was complete"),
        ("dockers' union", "it had been rigged from the start"),
    ]
