""""accuse X of Y" reports a charge in the accuser's words: the one accused with the charge is
an indirect quote of the accuser (issue 13.1), unless the charge quotes words (those are the
statement) or the verb is passive. Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said


@pytest.mark.parametrize(
    ("sentence", "speaker", "charge"),
    [
        (
            "The Nordic Council has accused Estland of breaching the fisheries treaty.",
            "Nordic Council",
            "Estland of breaching the fisheries treaty",
        ),
        (
            "Council vice president Ana Berg accused the government of breaching trust.",
            "Ana Berg",
            "the government of breaching trust",
        ),
        (
            "The pilots' union accused the airline of making huge profits at the expense of staff.",
            "pilots' union",
            "the airline of making huge profits at the expense of staff",
        ),
    ],
)
def test_the_accused_and_the_charge_are_the_accusers_words(
    extractor: Extractor, sentence: str, speaker: str, charge: str
) -> None:
    assert [(name, q.text, q.kind, q.cue) for name, q in said(extractor, sentence)] == [
        (speaker, charge, "indirect", "accused")
    ]


def test_a_quoted_charge_is_the_statement(extractor: Extractor) -> None:
    sentence = 'The union accused the minister of "wrecking" the talks on Monday.'
    assert [q.text for _, q in said(extractor, sentence)] == ["wrecking"]


def test_a_passive_accusation_quotes_no_one(extractor: Extractor) -> None:
    assert said(extractor, "The minister was accused of breaching the rules.") == []
