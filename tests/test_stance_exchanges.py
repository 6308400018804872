"""Hostility both ways (sentences of our own): "X and Y traded accusations" and "X exchanged
insults with Y" are each side against the other; trading goods or prisoners is no stance."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Norland and Ostia traded accusations over the attack on the dam.", "Norland", "Ostia"),
        (
            "John Smith exchanged insults with Mary Jones during the debate.",
            "John Smith",
            "Mary Jones",
        ),
    ],
)
def test_traded_hostilities_oppose_both_ways(
    extractor: Extractor, text: str, one: str, other: str
) -> None:
    found = rule_targets(extractor, text)
    assert {(one, "oppose", other), (other, "oppose", one)} <= found


def test_traded_goods_are_no_stance(extractor: Extractor) -> None:
    assert rule_targets(extractor, "Norland and Ostia traded prisoners on Monday.") == set()
