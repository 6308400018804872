"""Accusing someone of fraud asserts the fraud: it opposes the official results (own
sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "text",
    [
        "Ana Rud lost Chile's presidential runoff to Tomas Berg. Rud accused her rival of fraud.",
        "Ana Rud lost Chile's presidential runoff. Rud blamed the fraud on her rival.",
    ],
)
def test_a_charge_of_fraud_opposes_the_results(extractor: Extractor, text: str) -> None:
    found = stance_triples(extractor, text)
    assert ("Ana Rud", "oppose", "chile-results-are-valid") in found
    assert ("Ana Rud", "support", "chile-results-are-valid") not in found
