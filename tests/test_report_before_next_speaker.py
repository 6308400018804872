"""A report ends before a second speaker the parser ran into it (sentences of our own): in "A
said she would leave the race and the country's first elected mayor, B, said he was too old",
A's words end before "and"; a report whose "and" joins more of its own words keeps them."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said_texts


def test_the_first_report_ends_before_the_second_speaker(extractor: Extractor) -> None:
    text = (
        "The race became clear in May, when the head of the Green Front, Lena Ortiz, said she "
        "had decided to leave the race and the country's first elected mayor, Ivo Lang, said "
        "he was too old for it."
    )
    assert ("Lena Ortiz", "she had decided to leave the race") in said_texts(extractor, text)


def test_a_report_joining_a_name_before_a_participle_is_whole(extractor: Extractor) -> None:
    text = (
        "Lena Ortiz said she had spoken to the prime minister and President Tom Reed, adding "
        "that the talks went well."
    )
    said = {quote for _, quote in said_texts(extractor, text)}
    assert any(
        q.startswith("she had spoken to the prime minister and President Tom Reed") for q in said
    )
