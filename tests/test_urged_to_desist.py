"""Urging someone to stop what they do opposes them, as urging them to resign does (sentences
of our own): "urged Canada to stop its provocations", "called on Japan to halt the discharge";
a particle makes another verb ("to stop by for talks"), which presses no one."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Beijing urged Canada to stop its provocations.", "Canada"),
        ("China called on Japan to halt the discharge.", "Japan"),
        ("China urged Japan to refrain from provocations.", "Japan"),
        ("China's Commerce Ministry urged the EU to correct its wrong practices.", "EU"),
    ],
)
def test_urging_to_desist_opposes(extractor: Extractor, sentence: str, target: str) -> None:
    found = rule_targets(extractor, sentence)
    assert any(p == "oppose" and t == target for _, p, t in found)


def test_a_particle_verb_presses_no_one(extractor: Extractor) -> None:
    found = rule_targets(extractor, "China urged Canada to stop by for talks in May.")
    assert not any(p == "oppose" for _, p, _ in found)


def test_a_call_to_stop_a_person_opposes_not_those_called_on(extractor: Extractor) -> None:
    found = rule_targets(extractor, "Ana Lenz urged Americans to stop Tomas Ferro.")
    assert not any(p == "oppose" and t in ("Americans", "United States") for _, p, t in found)
