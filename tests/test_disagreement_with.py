"""A stated disagreement or annoyance is a stance against each one it names (sentences of our
own): "the league voiced its disagreement with the council and its head" opposes both, a later
phrase of the sentence ("over the treatment of X") names no target, and "anger at the fact
that X called off the summit" opposes X."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples


def test_disagreement_with_two_opposes_both(extractor: Extractor) -> None:
    text = (
        "The International Fencing League (IFL), led by Petra Holm, voiced its disagreement "
        "with the World Games Council (WGC) and Marco Rossi."
    )
    pairs = stance_triples(extractor, text)
    assert ("International Fencing League", "oppose", "World Games Council") in pairs
    assert ("International Fencing League", "oppose", "Marco Rossi") in pairs


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
        "Portuguese Prime Minister Ana Costa met opposition leaders in Madrid on Friday.\n\n"
        '"I must voice my irritation at the fact that the Spanish prime minister called off the '
        "summit at an hour's notice,\" Costa said. Spanish Prime Minister Luis Ortega did not "
        "reply."
    )
    assert ("Ana Costa", "oppose", "Luis Ortega") in stance_triples(extractor, text)
