"""A quotation that is the whole object of a verb of condemning or hailing ("denounced a
“judicial coup”") is the words of the one who denounces; a quoted word inside the object is
not (session 61; own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said_texts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The Liberal Party denounced a "judicial coup" after the court barred its candidate.',
         "judicial coup"),
        ("The Liberal Party decried a “witch hunt” by prosecutors.", "witch hunt"),
        ("The Liberal Party hailed an “extraordinary day for democracy”.",
         "extraordinary day for democracy"),
    ],
)  # fmt: skip
def test_the_quoted_object_is_the_denouncers(extractor: Extractor, text: str, words: str) -> None:
    assert ("Liberal Party", words) in said_texts(extractor, text)


def test_a_quoted_word_inside_the_object_is_not(extractor: Extractor) -> None:
    text = 'The Liberal Party hailed a "historic" victory for workers.'
    assert not said_texts(extractor, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Minister Ana Ruiz directed the agencies to hire more staff.",
         "the agencies to hire more staff"),
        ("On Monday, Ana Ruiz directed all hospitals to cancel leave.",
         "all hospitals to cancel leave"),
    ],
)  # fmt: skip
def test_directing_someone_to_act_is_reported_like_instructing(
    extractor: Extractor, text: str, words: str
) -> None:
    assert ("Ana Ruiz", words) in said_texts(extractor, text)


def test_directing_a_film_reports_nothing(extractor: Extractor) -> None:
    assert not said_texts(extractor, "Ana Ruiz directed the film for ten years.")


@pytest.mark.parametrize(
    "text",
    [
        'Critics denounced a "reform", as the government calls it, that cut pensions.',
        'The unions condemned a "modernisation plan" unveiled by the ministry.',
    ],
)
def test_another_ones_term_is_not_the_denouncers(extractor: Extractor, text: str) -> None:
    assert not said_texts(extractor, text)


def test_a_later_quotation_is_not_the_hailers(extractor: Extractor) -> None:
    text = 'Ana Ruiz hailed a "turning point" even as the so-called "peace plan" stalled.'
    assert ("Ana Ruiz", "peace plan") not in said_texts(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["Ana Ruiz confided that she had doubts about the plan.",
     "Ana Ruiz divulged that she had doubts about the plan."],
)  # fmt: skip
def test_confiding_reports(extractor: Extractor, text: str) -> None:
    assert ("Ana Ruiz", "she had doubts about the plan") in said_texts(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The warranty guarantees the battery for ten years.",
        "Ana Ruiz won the race. The result guaranteed that her team would win the title.",
    ],
)
def test_a_guarantee_reports_nothing(extractor: Extractor, text: str) -> None:
    assert not said_texts(extractor, text)


def test_a_quotation_another_labelled_is_not_the_sentences_subjects(extractor: Extractor) -> None:
    text = (
        "Mayor Sadiq Khan welcomed the decision by the transport authority to extend the "
        'Elizabeth line to Reading, which local campaigners had described as "long overdue".'
    )
    assert ("Sadiq Khan", "long overdue") not in said_texts(extractor, text)
