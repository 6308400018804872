""" "It" in a speaker's words is no place named as where they spoke, and an act that shows a
fault names no doer (sentences of our own): "Speaking at the rally in Leeds, she said: ‘It
demonstrates contempt for voters’" is no stance on Leeds, nor on anyone."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples


def test_it_showing_a_fault_is_no_stance_on_a_place(extractor: Extractor) -> None:
    text = (
        "Green leader Ines Ralt called for a recount. Speaking at the party rally in Leeds, she "
        "said: ‘It shows that the minister has acted wrongly.’ ‘It demonstrates contempt for "
        "voters and an abuse of power by him.’"
    )
    found = stance_triples(extractor, text)
    assert not any(target in ("Leeds", "Green") for _, _, target in found)


def test_it_is_no_town_spoken_in(extractor: Extractor) -> None:
    text = (
        "Green leader Ines Ralt called for a recount. Speaking at the party rally in Leeds, she "
        "said: ‘It has betrayed the voters.’"
    )
    assert not any(target == "Leeds" for _, _, target in stance_triples(extractor, text))
