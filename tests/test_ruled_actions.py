"""A ruling on an action brought against someone (sentences of our own): throwing it out upholds
whom it was against, granting it goes against them; the learned reading does not turn it."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets

_CAS = "Court of Arbitration for Sport"


@pytest.mark.parametrize("verb", ["rejected", "dismissed", "threw out"])
def test_throwing_out_an_appeal_against_y_upholds_y(extractor: Extractor, verb: str) -> None:
    text = f"The {_CAS} {verb} Ana Vela's appeal against World Athletics on Tuesday."
    found = rule_targets(extractor, text)
    assert (_CAS, "support", "World Athletics") in found
    assert (_CAS, "oppose", "World Athletics") not in found


def test_upholding_a_complaint_against_y_goes_against_y(extractor: Extractor) -> None:
    text = f"The {_CAS} upheld Ana Vela's complaint against World Athletics on Tuesday."
    assert (_CAS, "oppose", "World Athletics") in rule_targets(extractor, text)


@pytest.mark.parametrize("verb", ["may reject", "did not dismiss"])
def test_a_possible_or_denied_ruling_is_none(extractor: Extractor, verb: str) -> None:
    text = f"The {_CAS} {verb} Ana Vela's appeal against World Athletics on Tuesday."
    assert (_CAS, "support", "World Athletics") not in rule_targets(extractor, text)


def test_a_decision_to_reject_a_case_is_the_deciders(extractor: Extractor) -> None:
    text = (
        f"Ana Vela says she is undeterred by the {_CAS}’s decision to reject her case against "
        "World Athletics."
    )
    found = rule_targets(extractor, text)
    assert (_CAS, "support", "World Athletics") in found
    assert (_CAS, "oppose", "Ana Vela") in found
    assert ("Ana Vela", "support", "World Athletics") not in found


def test_welcoming_a_bodys_decision_to_act_makes_the_act_ones_own(extractor: Extractor) -> None:
    text = "Keir Starmer welcomed the party’s decision to expel Jeremy Corbyn."
    assert ("Keir Starmer", "oppose", "Jeremy Corbyn") in rule_targets(extractor, text)


def test_accepting_a_challenge_is_no_ruling(extractor: Extractor) -> None:
    text = f"The {_CAS} accepted Ana Vela's challenge against World Athletics on Tuesday."
    assert (_CAS, "oppose", "World Athletics") not in rule_targets(extractor, text)


def test_allowing_an_appeal_against_y_goes_against_y(extractor: Extractor) -> None:
    text = f"The {_CAS} on Friday allowed Ana Vela’s appeal against World Athletics."
    assert (_CAS, "oppose", "World Athletics") in rule_targets(extractor, text)
