"""Who speaks when a cause moves someone to speak, and labels in single marks (sentences of our
own): "prompting the mayor to call the plan “a fraud”" is the mayor's label, not the cause's;
"branding him ‘unfit to govern’" is a label in British single marks, its verb the one nearest
the mark ("the calls for X to go, branding him ..."), not an earlier noun "calls"."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.marks import find_quotes, labelling_verb_at
from tests.said import said_texts


def test_a_cause_moves_its_object_to_speak(extractor: Extractor) -> None:
    text = (
        "The dispute over the port deepened on Sunday, prompting Mayor Ines Ralt to say the "
        "shipping firms had broken every promise."
    )
    assert ("Ines Ralt", "the shipping firms had broken every promise") in said_texts(
        extractor, text
    )


def test_a_cause_moves_its_object_to_label(extractor: Extractor) -> None:
    text = "The vote count stalled, which led Senator Tom Hale to call the delay “a scandal.”"
    assert ("Tom Hale", "a scandal.") in said_texts(extractor, text)


def test_a_label_in_single_marks_after_a_labelling_verb(extractor: Extractor) -> None:
    text = (
        "Green leader Jo Berry joined the calls for the minister to resign, branding him "
        "‘unfit to run a department’."
    )
    assert ("Jo Berry", "unfit to run a department") in said_texts(extractor, text)


def test_single_marks_without_a_labelling_verb_are_no_label() -> None:
    text = "The firm's 'growth' plan was put on hold by the 'new' board."
    assert find_quotes(text) == []


def test_the_labelling_verb_nearest_the_mark_is_taken() -> None:
    text = "She joined the calls for him to go, branding him “a liar”."
    assert text[labelling_verb_at(text, text.index("“")) :].startswith("branding")


def test_as_binds_a_label_to_an_earlier_verb() -> None:
    text = "The ministry dismissed EU criticism of the count as “biased”."
    assert text[labelling_verb_at(text, text.index("“")) :].startswith("dismissed")
