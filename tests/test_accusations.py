"""An accusation is reported speech: "X accused Y of Z" reports the charge as X's words.

The charge stands in an object and an "of" phrase, not a clause; an accusation inside someone
else's report is part of that report, and words a document says to someone who only receives it
("X faces lawsuits accusing it of ...", "X received a letter saying ...") are not X's. Sentences
of our own.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.accusations import charge_clause
from graph.extract.nlp import load_pipeline
from tests.said import reports


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor of Lakeside, Tom Beck, accused the council of hiding the audit from voters.",
            ("Tom Beck", "accused", "the council of hiding the audit from voters"),
        ),
        (
            "Senator Ann Lowe accused the ruling party of using state funds, a charge it denies.",
            ("Ann Lowe", "accused", "the ruling party of using state funds"),
        ),
        (
            "Greenpeace accused the mining firm Orex of bias on Monday.",
            ("Greenpeace", "accused", "the mining firm Orex of bias"),
        ),
        (
            "Nadia Rahal, accusing the board of ignoring safety rules, resigned.",
            ("Nadia Rahal", "accusing", "the board of ignoring safety rules"),
        ),
        (
            "Tom Beck accused the council of hiding the audit and misleading voters.",
            ("Tom Beck", "accused", "the council of hiding the audit and misleading voters"),
        ),
        (
            "Maria Ortiz spoke at the rally. Critics accuse her of silencing the press.",
            ("Critics", "accuse", "her of silencing the press"),
        ),
    ],
)
def test_an_accusation_reports_its_charge(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in reports(extractor, text)


def test_an_accusation_inside_a_report_is_that_report(extractor: Extractor) -> None:
    text = "Minister Ana Ruiz said on Monday that a court had charged Omar Diaz, accusing him of fraud."
    assert reports(extractor, text) == [
        ("Ana Ruiz", "said", "a court had charged Omar Diaz, accusing him of fraud")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp faces lawsuits accusing it of hiding the risks of its pills.",
        "Acme Corp faces lawsuits saying it hid the risks of its pills.",
        "Mayor Tom Beck received a letter saying the plant would close in June.",
        "Mayor Tom Beck saw a report saying the plant would close in June.",
    ],
)
def test_words_received_are_not_the_receivers(extractor: Extractor, text: str) -> None:
    assert reports(extractor, text) == []


def test_a_letter_put_out_is_its_senders(extractor: Extractor) -> None:
    text = "Mayor Tom Beck released a letter saying the plant would close in June."
    assert ("Tom Beck", "saying", "the plant would close in June") in reports(extractor, text)


def test_a_clause_set_off_on_the_charge_is_not_the_charge(extractor: Extractor) -> None:
    text = "Critics accused Tom Beck of taking bribes from Acme Corp, which said it had done nothing wrong."
    found = reports(extractor, text)
    assert ("Critics", "accused", "Tom Beck of taking bribes from Acme Corp") in found
    assert ("Acme Corp", "said", "it had done nothing wrong") in found


@pytest.mark.parametrize(
    "text",
    [
        "Tom Beck denied accusing the council of hiding the audit.",
        "Did Tom Beck accuse the council of hiding the audit?",
        "Tom Beck wants to accuse the council of fraud in court.",
    ],
)
def test_an_accusation_denied_wished_or_asked_about_is_not_made(
    extractor: Extractor, text: str
) -> None:
    assert all(cue not in ("accusing", "accuse") for _, cue, _ in reports(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Beck read a statement saying the council had hidden the audit.",
            ("Tom Beck", "saying", "the council had hidden the audit"),
        ),
        (
            "Tom Beck got an email from Ana Lind saying the plant would close.",
            ("Ana Lind", "saying", "the plant would close"),
        ),
    ],
)
def test_a_document_read_out_or_sent_is_its_readers_or_senders(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert reports(extractor, text) == [expected]


def test_the_charge_keeps_its_quoted_words(extractor: Extractor) -> None:
    text = 'Senator Ruth Abernathy accused the ministry of spreading "dangerous lies" about it.'
    assert reports(extractor, text) == [
        ("Ruth Abernathy", "accused", 'the ministry of spreading "dangerous lies" about it')
    ]


def test_a_charge_inside_a_clause_reported_is_no_report_of_its_own() -> None:
    nlp = load_pipeline().nlp
    inside = nlp(
        "Ana Ruiz said on Monday that a court had charged Omar Diaz, accusing him of fraud."
    )
    alone = nlp("A court charged Omar Diaz on Monday, accusing him of fraud.")
    assert [charge_clause(t) for t in inside if t.lower_ == "accusing"] == [None]
    assert [charge_clause(t) is not None for t in alone if t.lower_ == "accusing"] == [True]
