"""“X claimed to have won the first round” reports what X claimed (the infinitive); "Both said
..." after a sentence whose subjects are two actors is each one's statement (issue 13.1).
Sentences are our own."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said


def quotes(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(name, q.span.text) for name, q in said(extractor, text)]


def test_a_claimed_infinitive_is_reported(extractor: Extractor) -> None:
    text = "Opposition leader Ana Ruiz contested the results and claimed to have won the round."
    assert quotes(extractor, text) == [("Ana Ruiz", "to have won the round")]


def test_a_planned_infinitive_is_not(extractor: Extractor) -> None:
    assert quotes(extractor, "Opposition leader Ana Ruiz hoped to win the round.") == []


def test_both_are_the_two_subjects_before(extractor: Extractor) -> None:
    text = "Ana Ruiz and Tom Berg met on Monday. Both had said they would accept the results."
    assert quotes(extractor, text) == [
        ("Ana Ruiz", "they would accept the results"),
        ("Tom Berg", "they would accept the results"),
    ]
