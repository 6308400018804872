"""A noun of rejection opposes the owner of what it rejects (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "text",
    [
        "Harbor Mills announced its rejection of Grainco’s takeover bid on Sunday.",
        "Harbor Mills on Sunday reiterated its rejection of the takeover bid from Grainco.",
    ],
)
def test_rejecting_a_bid_opposes_its_maker(extractor: Extractor, text: str) -> None:
    assert ("Harbor Mills", "oppose", "Grainco") in stance_triples(extractor, text)


def test_condemning_an_attack_on_someone_does_not_oppose_the_victim(
    extractor: Extractor,
) -> None:
    text = "Canada expressed its condemnation of the attack on Tomas Wekwete."
    assert ("Canada", "oppose", "Tomas Wekwete") not in stance_triples(extractor, text)
