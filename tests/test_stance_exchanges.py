"""Hostility both ways between coordinated sides (sentences of our own): "X and Y traded
accusations" is each side against the other; refusing to trade them, or trading goods or
prisoners, is no stance."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Norland and Ostia traded accusations over the attack on the dam.", "Norland", "Ostia"),
        (
            "John Smith and Mary Jones exchanged insults during the debate.",
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


@pytest.mark.parametrize(
    "text",
    [
        "Norland and Ostia traded prisoners on Monday.",
        "Norland and Ostia refused to trade accusations over the attack on the dam.",
    ],
)
def test_no_hostility_traded_is_no_stance(extractor: Extractor, text: str) -> None:
    found = rule_targets(extractor, text)
    assert ("Norland", "oppose", "Ostia") not in found
