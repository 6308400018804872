"""A call for an end to someone's rule opposes the ruler (sentences of our own); an end to a
thing ("an end to the strike") is no stance on anyone."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize("held", ["rule", "reign", "presidency"])
def test_an_end_to_ones_rule_opposes_the_ruler(extractor: Extractor, held: str) -> None:
    text = f"Ana Lenz called for an end to Tomas Ferro's {held}."
    assert ("Ana Lenz", "oppose", "Tomas Ferro") in rule_targets(extractor, text)


def test_an_end_to_a_thing_opposes_no_one(extractor: Extractor) -> None:
    text = "Ana Lenz called for an end to the strike led by Tomas Ferro's union."
    assert ("Ana Lenz", "oppose", "Tomas Ferro") not in rule_targets(extractor, text)
