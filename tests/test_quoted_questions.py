"""A quoted question or exclamation whose report follows as a sentence of its own ("“Why
now?” Ruiz said.") is the reporter's words, not the last speaker's (issue 13.1). Sentences are
our own."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said


def speakers(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(name, q.cue) for name, q in said(extractor, text)]


def test_a_quoted_question_is_the_one_who_asked(extractor: Extractor) -> None:
    text = (
        "Senator Ana Ruiz questioned Tom Holt over the 2018 emails. Holt testified he learned "
        "of the emails only last month.\n\n"
        '"How did nobody tell you about this in March when you gave it to the regulator?" '
        'Ruiz said. "How did your staff not bring it to you at once?"\n'
    )
    assert speakers(extractor, text) == [
        ("Tom Holt", "testified"),
        ("Ana Ruiz", "said"),
        ("Ana Ruiz", "said"),
    ]


def test_an_exclamation_before_an_inverted_report(extractor: Extractor) -> None:
    text = (
        "The mayor, Lars Eide, defended the budget on Monday.\n\n"
        '"This is a scandal and the town deserves better!" said Marta Holm, the council leader.\n'
    )
    assert speakers(extractor, text)[-1] == ("Marta Holm", "said")
