"""A dash written against a word ("known as "Fin"-- told", "--a diver") is a word of its own,
so an aside between two dashes stays an aside: its name speaks, no description in it does."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.nlp import load_pipeline
from tests.said import speakers


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('known as "Fin"-- told', ["known", "as", '"', "Fin", '"', "--", "told"]),
        ("the diver--who", ["the", "diver", "--", "who"]),
        ("--a diver", ["--", "a", "diver"]),
        ("the diver— told", ["the", "diver", "—", "told"]),
        ("a well-known diver", ["a", "well", "-", "known", "diver"]),
    ],
)
def test_a_dash_against_a_word_is_cut_off(text: str, words: list[str]) -> None:
    nlp = load_pipeline().nlp
    assert [t.text for t in nlp.tokenizer(text)] == words


@pytest.mark.parametrize(
    "aside",
    [
        '-- the sister of a missing diver and a veteran coast guard pilot known as "Fin"--',
        '— the sister of a missing diver and a veteran coast guard pilot known as "Fin" —',
        "-- the sister of a missing diver and a veteran coast guard pilot --",
    ],
)
def test_the_name_before_an_aside_between_dashes_speaks(extractor: Extractor, aside: str) -> None:
    text = f"Nadia Obi {aside} told reporters the search had to go on through the night."
    assert speakers(extractor, text) == ["Nadia Obi"]


def test_a_place_before_a_dash_is_still_a_dateline(extractor: Extractor) -> None:
    text = 'Lisbon -- Transport Minister Rui Costa, known as "the Engineer", said the strike would end.'
    assert speakers(extractor, text) == ["Rui Costa"]
