"""A penalty lifted favours the one it was laid on (sentences of our own): "lifted sanctions
on X" and "eased the embargo against X" are friendly acts, never opposition; not lifting one
is no stance of its own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize(
    "text",
    [
        "Norland lifted sanctions on Ostia after the talks.",
        "Norland eased the embargo against Ostia on Monday.",
        "Norland scrapped tariffs on Ostia's steel last week.",
    ],
)
def test_a_lifted_penalty_favours_its_target(extractor: Extractor, text: str) -> None:
    found = rule_targets(extractor, text)
    assert ("Norland", "support", "Ostia") in found
    assert ("Norland", "oppose", "Ostia") not in found


def test_a_penalty_not_lifted_is_no_relief(extractor: Extractor) -> None:
    found = rule_targets(extractor, "Norland did not lift sanctions on Ostia after the talks.")
    assert ("Norland", "support", "Ostia") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Norland warned against lifting sanctions on Ostia after the talks.",
        "Ostia fears that Norland could ease the embargo against Ostia soon.",
        "Norland is considering lifting sanctions on Ostia after the talks.",
    ],
)
def test_relief_wished_or_feared_is_none(extractor: Extractor, text: str) -> None:
    assert ("Norland", "support", "Ostia") not in rule_targets(extractor, text)
