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


def test_annulling_his_win_opposes_the_win_of_the_one_he_is(extractor: Extractor) -> None:
    text = (
        "Chile's electoral commission said Tomas Berg won the presidential election on August 8. "
        "The Supreme Court of Chile on Friday annulled his election win."
    )
    found = stance_triples(extractor, text)
    assert ("Supreme Court of Chile", "oppose", "tomas-berg-won-the-election") in found


def test_the_winner_describing_his_victory_lends_it_no_place(extractor: Extractor) -> None:
    text = (
        "Tomas Berg was declared the winner of Chile's election on Monday. Addressing supporters "
        'in Santiago, Berg has described his victory as "a triumph of peace."'
    )
    sources = {s for s, _, t in stance_triples(extractor, text) if t == "tomas-berg-won-the-election"}
    assert "Chile" not in sources
