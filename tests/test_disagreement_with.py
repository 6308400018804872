"""A stated disagreement or annoyance is a stance against each one it names (sentences of our
own): "the IBA expressed its disagreement with the IOC and Thomas Bach" opposes both, a later
phrase of the sentence ("over the treatment of X") names no target, and "annoyance at the fact
that X cancelled our meeting" opposes X."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples


def test_disagreement_with_two_opposes_both(extractor: Extractor) -> None:
    text = (
        "The International Boxing Association (IBA), led by Umar Kremlev, expressed its "
        "disagreement with the International Olympic Committee (IOC) and Thomas Bach."
    )
    pairs = stance_triples(extractor, text)
    assert ("International Boxing Association", "oppose", "International Olympic Committee") in (
        pairs
    )
    assert ("International Boxing Association", "oppose", "Thomas Bach") in pairs


def test_a_later_phrase_names_no_target(extractor: Extractor) -> None:
    text = (
        "The Rowing Union expressed its displeasure with the Sports Council over the "
        "treatment of Anna Kowal."
    )
    pairs = stance_triples(extractor, text)
    assert ("Rowing Union", "oppose", "Sports Council") in pairs
    assert ("Rowing Union", "oppose", "Anna Kowal") not in pairs


def test_annoyance_at_the_fact_that_someone_acted(extractor: Extractor) -> None:
    text = (
        "Greek Prime Minister Kyriakos Mitsotakis met Labour leader Keir Starmer in London.\n\n"
        '"I express my annoyance at the fact that the British prime minister cancelled our '
        'scheduled meeting," Mitsotakis said. British Prime Minister Rishi Sunak declined to '
        "comment."
    )
    assert ("Kyriakos Mitsotakis", "oppose", "Rishi Sunak") in stance_triples(extractor, text)
