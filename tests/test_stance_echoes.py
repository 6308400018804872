"""One who echoes another's words sides with them (sentences of our own): "X echoed Y's
criticism of Z" is X's support for Y (never X against Y), and Y's stance on Z stays Y's."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Party echoed John Smith's criticism of Mary Jones on Monday.",
        "The Harbour Party shared John Smith's concerns about the new port tax.",
    ],
)
def test_an_echo_sides_with_the_one_echoed(extractor: Extractor, text: str) -> None:
    found = stance_triples(extractor, text)
    assert ("Harbour Party", "support", "John Smith") in found
    assert ("Harbour Party", "oppose", "John Smith") not in found


def test_an_echoed_criticism_stays_its_owners(extractor: Extractor) -> None:
    text = "The Harbour Party echoed John Smith's criticism of Mary Jones on Monday."
    assert ("John Smith", "oppose", "Mary Jones") in stance_triples(extractor, text)


def test_ones_own_position_is_no_echo(extractor: Extractor) -> None:
    text = "The Harbour Party reiterated its position on the port tax on Monday."
    assert stance_triples(extractor, text) == set()


def test_an_echo_stands_against_the_model(extractor: Extractor) -> None:
    text = "The Labour Party echoed John Smith's criticism of Mary Jones."
    found = stance_triples(extractor, text)
    assert ("Labour Party", "support", "John Smith") in found
    assert ("Labour Party", "oppose", "John Smith") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Party refused to echo John Smith's criticism of Mary Jones.",
        "The Harbour Party shared John Smith's post about Mary Jones on Monday.",
    ],
)
def test_no_echo_refused_or_passed_on(extractor: Extractor, text: str) -> None:
    assert ("Harbour Party", "support", "John Smith") not in stance_triples(extractor, text)
