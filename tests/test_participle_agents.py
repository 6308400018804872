"""A passive participle or relative on an actor (sentences of our own): "X, backed by Y, won"
is Y's support for X and "X, criticised by Y, resigned" Y's opposition to X, never X's stance
on Y; "X, who is backed by Y" likewise; the reporting verb after the participle keeps X."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples
from tests.said import speaker_of


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Mayor Ines Ralt, backed by the Harbour Party, won the vote in March.",
            ("Harbour Party", "support", "Ines Ralt"),
        ),
        (
            "Mayor Ines Ralt, who is backed by the Harbour Party, won the vote in March.",
            ("Harbour Party", "support", "Ines Ralt"),
        ),
        (
            "Mayor Ines Ralt, criticised by the Harbour Party for her budget, resigned on Friday.",
            ("Harbour Party", "oppose", "Ines Ralt"),
        ),
    ],
)
def test_the_agent_of_a_participle_takes_the_stance(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    found = stance_triples(extractor, text)
    assert stance in found
    assert not any(source == "Ines Ralt" for source, _, _ in found)


def test_a_speaker_after_a_participle_still_speaks(extractor: Extractor) -> None:
    text = "Mayor Ines Ralt, quoted by a local radio station, said the count had been rigged."
    assert speaker_of(extractor, text, "count had been rigged") == "Ines Ralt"


def test_one_quoted_by_an_agency_speaks(extractor: Extractor) -> None:
    text = (
        "Mayor Ines Ralt, quoted by a local radio station as saying the count had been rigged, "
        "left the city on Friday."
    )
    assert speaker_of(extractor, text, "count had been rigged") == "Ines Ralt"
