"""More ways to contest a decision (sentences of our own): a label that calls it an error,
speaking or appealing against it, a directive or a policy as a decision, and a maker written
with an apposition ("the regulator Vantor blocked ...")."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets

_BLOCKED = "The regulator Vantor blocked the merger of Kell Foods and Brightmill on Tuesday.\n\n"


@pytest.mark.parametrize(
    "label", ["a huge mistake", "a grave error", "a serious miscarriage of justice", "a fiasco"]
)
def test_calling_a_decision_an_error_opposes_its_maker(extractor: Extractor, label: str) -> None:
    text = _BLOCKED + f"Kell chief executive Dana Ruiz described the decision as {label}."
    assert ("Dana Ruiz", "oppose", "Vantor") in rule_targets(extractor, text)


@pytest.mark.parametrize("verb", ["spoke out against", "appealed against", "campaigned against"])
def test_acting_against_a_decision_opposes_its_maker(extractor: Extractor, verb: str) -> None:
    text = _BLOCKED + f"Dana Ruiz {verb} the decision on Wednesday."
    assert ("Dana Ruiz", "oppose", "Vantor") in rule_targets(extractor, text)


def test_voting_for_a_decision_is_no_contest(extractor: Extractor) -> None:
    text = _BLOCKED + "Dana Ruiz voted for the decision on Wednesday."
    assert ("Dana Ruiz", "oppose", "Vantor") not in rule_targets(extractor, text)


@pytest.mark.parametrize("noun", ["directive", "decree", "circular"])
def test_contesting_an_issued_directive_opposes_its_issuer(extractor: Extractor, noun: str) -> None:
    text = (
        f"Education minister Ana Soto issued a {noun} on Monday telling universities to stop "
        f"paying striking lecturers.\n\nThe union Kortel said it would challenge the {noun}."
    )
    assert ("Kortel", "oppose", "Ana Soto") in rule_targets(extractor, text)
