"""A quoted charge needs a doer and an act: no dummy "it", no act denied (``_accusation``)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_PARTY = "Peru held an election on Sunday. Rui Lopes, the head of the Blue Party, spoke after the count. "


def test_a_dummy_it_above_the_act_does_nothing(extractor: Extractor) -> None:
    text = (
        "Union leader Ana Vidal told Radio Sur on Monday the strike would spread. "
        "\"It's not about hurting local shops. It's about getting the company back to the "
        'table," Vidal said.'
    )
    assert not {t for t in stance_triples(extractor, text) if t[2] == "Radio Sur"}


def test_an_act_denied_charges_no_one(extractor: Extractor) -> None:
    denied = stance_triples(
        extractor, _PARTY + '"The Blue Party did not steal this election," Ana Vidal said.'
    )
    assert ("Ana Vidal", "oppose", "Blue Party") not in denied
    charged = stance_triples(
        extractor, _PARTY + '"The Blue Party stole this election," Ana Vidal said.'
    )
    assert ("Ana Vidal", "oppose", "Blue Party") in charged
