"""A quoted subheading is no statement (sentences of our own): a paragraph of a few words in
quotation marks with no stop, whose words the story quotes again below, is said where it
recurs; a quotation paragraph that is a sentence still continues its speaker."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said_texts


def test_a_quoted_subheading_is_said_where_it_recurs(extractor: Extractor) -> None:
    text = (
        "Union leader Tom Hale said the strike would go on. “We are not moving,” he said.\n\n"
        "“Back to the table”\n\n"
        "Mayor Lena Ortiz said both sides had to go “back to the table” before the winter."
    )
    said = said_texts(extractor, text)
    assert not any(quote == "Back to the table" for _, quote in said)
    assert ("Tom Hale", "We are not moving,") in said


def test_a_quotation_paragraph_that_is_a_sentence_continues(extractor: Extractor) -> None:
    text = (
        "Union leader Tom Hale said the strike would go on. “We are not moving,” he said.\n\n"
        "“Back to the table.”\n\n"
        "Mayor Lena Ortiz said both sides had to go “back to the table” before the winter."
    )
    assert ("Tom Hale", "Back to the table.") in said_texts(extractor, text)
