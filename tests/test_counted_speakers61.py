"""A counted description ("the three candidates", "the two politicians") speaks for the actors a
sentence before names together, each of them, when the count matches (session 61; own
sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.counted import count_of
from graph.extract.nlp import load_pipeline
from tests.said import said_texts

_THREE = (
    "Governor Maria Soto, and her two challengers in Sunday's primary, Paul Reyes and Lena "
    'Ortiz, have criticised "errors and delays" in the count released by the state board.\n\n'
    'In a joint letter, the three candidates reported "missing tallies in several districts". '
    'They also underlined "the lack of observers at the central office".\n'
)


def test_the_three_candidates_are_the_three_named(extractor: Extractor) -> None:
    found = said_texts(extractor, _THREE)
    for name in ("Maria Soto", "Paul Reyes", "Lena Ortiz"):
        assert (name, "missing tallies in several districts") in found
        assert (name, "the lack of observers at the central office") in found


def test_the_two_politicians_are_the_two_named(extractor: Extractor) -> None:
    text = (
        "Mayor Anna Berg and her rival, councillor Tom Lind, have criticised the transit plan.\n\n"
        'In a joint letter, the two politicians said "the plan ignores the northern suburbs".\n'
    )
    found = said_texts(extractor, text)
    assert ("Anna Berg", "the plan ignores the northern suburbs") in found
    assert ("Tom Lind", "the plan ignores the northern suburbs") in found


def test_a_count_that_does_not_match_names_none_of_them(extractor: Extractor) -> None:
    text = (
        "Mayor Anna Berg and her rival, councillor Tom Lind, have criticised the transit plan.\n\n"
        'In a joint letter, the three councillors said "the plan ignores the northern suburbs".\n'
    )
    speakers = {name for name, words in said_texts(extractor, text)}
    assert not speakers & {"Anna Berg", "Tom Lind"}


def test_people_counted_leave_out_the_places_beside_them(extractor: Extractor) -> None:
    text = (
        "Governor Maria Soto of Texas and Senator Paul Reyes of Ohio met voters on Monday.\n\n"
        'Later, the two politicians said "the count was far too slow".\n'
    )
    found = said_texts(extractor, text)
    assert {name for name, words in found} == {"Maria Soto", "Paul Reyes"}


@pytest.mark.parametrize(
    ("sentence", "word", "count"),
    [
        ("The three candidates said so.", "candidates", 3),
        ("All four ministers said so.", "ministers", 4),
        ("Both said so.", "Both", 2),
        ("The two met on Monday.", "two", 2),
        ("Two officials said so.", "officials", None),  # any two, not two named before
        ("The candidates said so.", "candidates", None),
    ],
)
def test_what_a_description_counts(sentence: str, word: str, count: int | None) -> None:
    (doc,) = load_pipeline().parse([sentence])
    token = next(t for t in doc if t.text == word)
    assert count_of(token) == count
