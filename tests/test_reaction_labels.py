"""Round-ups of reactions that print who speaks as a capitalised label before a colon.

Wire services list reactions as "NAME, TITLE, BODY: “…”" or "NAME OF BODY: “…”", and the
first label often ends the line of the sentence that announces the round-up. The label's name is
the speaker; the title and body after it describe that person. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    article = Article("t", text, published=DateValue(date(2025, 6, 3), "stated"))
    result = to_contract(extractor(article))
    return [(q["speaker"], q["text"][:20]) for q in result["quotes"]]


def test_a_label_after_the_sentence_that_announces_the_reactions(extractor: Extractor) -> None:
    text = (
        "The tribunal cleared the port director of all charges on Monday. Reactions to the "
        "ruling follow. SENATOR JOHN MARKS:\n\n"
        "“This is a sad day for the state. Nobody is above the law.”"
    )
    assert said(extractor, text) == [("John Marks", "This is a sad day fo")]


def test_the_title_and_body_after_the_name_describe_the_speaker(extractor: Extractor) -> None:
    text = (
        "The synod met on Friday.\n\n"
        "BISHOP TOM HALE, CHAIR, NATIONAL COUNCIL OF CHURCHES: “We pray for calm.”"
    )
    assert said(extractor, text) == [("Tom Hale", "We pray for calm.")]


def test_a_person_of_a_body_is_the_person(extractor: Extractor) -> None:
    text = (
        "The mine stayed closed on Friday.\n\n"
        "ANNA BELL OF GREEN WATCH, SPEAKING FOR THE FAMILIES OF THE MINERS: “We will appeal "
        "this ruling.\n\n"
        "“The families deserve better.”"
    )
    assert said(extractor, text) == [
        ("Anna Bell", "We will appeal this "),
        ("Anna Bell", "The families deserve"),
    ]


def test_a_body_named_with_of_stays_the_body(extractor: Extractor) -> None:
    text = (
        "Markets fell on Friday.\n\n"
        "RESERVE BANK OF NORDLAND: “Inflation remains too high for a cut this year.”"
    )
    assert [name.lower() for name, _ in said(extractor, text)] == ["reserve bank of nordland"]


def test_a_sentence_ending_in_a_colon_is_no_label(extractor: Extractor) -> None:
    text = "The vote was close. The mayor had one message for the council: “Count again.”"
    assert said(extractor, text) == [("mayor", "Count again.")]


def test_a_treasurer_is_a_title_not_part_of_the_name(extractor: Extractor) -> None:
    text = "Former party Treasurer Ian Holt, 64, was freed on Monday. “I am innocent,” Holt said."
    assert said(extractor, text) == [("Ian Holt", "I am innocent,")]


def test_a_title_before_the_comma_leaves_the_name_after_it(extractor: Extractor) -> None:
    text = 'Reactions came quickly.\n\nChief Executive, Ann Lee: "We are disappointed by this."'
    assert said(extractor, text) == [("Ann Lee", "We are disappointed ")]


@pytest.mark.parametrize(
    ("heading", "type_"),
    [
        ("EXECUTIVE COUNCIL OF HALDEN", "GovernmentBody"),  # a title word opens a body's name
        ("GRAND NATIONAL ALLIANCE", "Organization"),
        ("MORGAN STANLEY", "Organization"),  # a given name, but no description calls it a person
        ("ARCHBISHOP MARK COLE", "Person"),
    ],
)
def test_a_heading_is_a_person_only_after_a_title_or_when_described(
    extractor: Extractor, heading: str, type_: str
) -> None:
    text = f"Reactions:\n\n{heading}\n\n“We will appeal this ruling at once.”\n\nThe end."
    result = extractor(Article("t", text, published=DateValue(date(2025, 6, 3), "stated")))
    types = {a.id: a.type for a in result.actors}
    assert [types[q.speaker] for q in result.quotes] == [type_]
