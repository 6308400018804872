"""Wrongdoing a speaker charges someone with in reported speech opposes them: "X said Y lied to
voters", "violated the constitution", "embezzled public funds" (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "deed",
    [
        "lied to voters about the economy",
        "had violated the constitution",
        "breached the ceasefire twice",
        "embezzled public funds",
        "bribed election officials",
    ],
)
def test_a_charge_in_reported_speech_opposes_the_doer(extractor: Extractor, deed: str) -> None:
    text = f"Ana Ruiz said President Juan Ortega {deed}."
    assert ("Ana Ruiz", "oppose", "Juan Ortega") in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said President Juan Ortega had not lied to voters.",
        "Ana Ruiz denied that President Juan Ortega violated the constitution.",
        "Ana Ruiz denied that President Juan Ortega stole the election.",
        "Ana Ruiz dismissed claims that President Juan Ortega rigged the vote.",
    ],
)
def test_no_charge_denied(extractor: Extractor, text: str) -> None:
    assert ("Ana Ruiz", "oppose", "Juan Ortega") not in stance_triples(extractor, text)
