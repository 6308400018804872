"""Rejecting what someone put forward opposes them, when "his" or "her" names them (sentences
of our own): "Ferro asked for a recount; the court denied his request" is the court against
Ferro; the rejecter's own request ("the court withdrew its request") is no one's target."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize("verb", ["denied", "rejected"])
def test_rejecting_his_request_opposes_him(extractor: Extractor, verb: str) -> None:
    text = f"Tomas Ferro asked for a recount on Monday. Peru's Electoral Court {verb} his request."
    assert ("Peruvian Electoral Court", "oppose", "Tomas Ferro") in rule_targets(extractor, text)


def test_the_rejecter_is_skipped_not_the_requester(extractor: Extractor) -> None:
    text = "Tomas Ferro asked for a recount on Monday. Judge Ana Lenz rejected his request."
    assert ("Ana Lenz", "oppose", "Tomas Ferro") in rule_targets(extractor, text)


def test_a_person_inside_the_rejecter_is_not_the_requester(extractor: Extractor) -> None:
    text = (
        "Maria Lopes asked for a recount on Monday. Peru's Electoral Court, led by John Smith, "
        "rejected her request."
    )
    found = rule_targets(extractor, text)
    assert ("Peruvian Electoral Court", "oppose", "Maria Lopes") in found
    assert not any(target == "John Smith" for _, _, target in found)


def test_rejecting_ones_own_request_opposes_no_one(extractor: Extractor) -> None:
    text = "Tomas Ferro asked for a recount on Monday. Later, Ferro withdrew his request."
    assert not any(source == target for source, _, target in rule_targets(extractor, text))
    assert ("Tomas Ferro", "oppose", "Tomas Ferro") not in rule_targets(extractor, text)
