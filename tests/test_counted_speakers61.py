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


def test_names_apposed_to_the_count_are_its_own(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz and Tom Berg won seats in the northern districts on Sunday. The two party "
        "leaders, Li Wei and Sara Kim, said they would challenge the count."
    )
    assert {name for name, _ in said_texts(extractor, text)} == {"Li Wei", "Sara Kim"}


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, who defeated Tom Berg in the first round, rejected the audit. The two "
        "ministers said the audit was unnecessary.",
        "Election observers Ana Ruiz and Tom Berg praised the vote. The two candidates, "
        "however, said the count had been rigged.",
        "Ana Ruiz and Tom Berg met at the summit. Reporters waited outside. The two reports "
        "released afterwards said the talks had failed.",
    ],
)
def test_counts_that_name_other_people_or_things(extractor: Extractor, text: str) -> None:
    last = text.rsplit(". ", 1)[1]
    speakers = {name for name, words in said_texts(extractor, text) if words in last}
    assert not speakers & {"Ana Ruiz", "Tom Berg"}
