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
    sources = {
        s for s, _, t in stance_triples(extractor, text) if t == "tomas-berg-won-the-election"
    }
    assert "Chile" not in sources


@pytest.mark.parametrize(
    "sentence",
    [
        "Zambian opposition leader Ana Phiri accused the electoral commission of rigging the vote.",
        "Zambian opposition leader Ana Phiri accused President Tom Banda of stealing the election.",
        "Zambian opposition leader Ana Phiri said President Tom Banda had rigged the election.",
    ],
)
def test_charging_someone_with_rigging_the_vote_opposes_the_results(
    extractor: Extractor, sentence: str
) -> None:
    """The accuser (or the one who says it) holds that the vote was rigged; the one charged
    holds nothing by it."""
    found = stance_triples(extractor, sentence)
    assert ("Ana Phiri", "oppose", "zambia-results-are-valid") in found, found
    assert not [t for t in found if t[0] == "Tom Banda" and t[2].startswith("zambia-")], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Zambian President Tom Banda denied accusations that he had rigged the vote.",
        "Zambian opposition leader Ana Phiri did not accuse Tom Banda of rigging the vote.",
    ],
)
def test_a_denied_or_unmade_charge_of_rigging_opposes_nothing(
    extractor: Extractor, sentence: str
) -> None:
    found = stance_triples(extractor, sentence)
    assert not [t for t in found if t[1] == "oppose" and t[2] == "zambia-results-are-valid"], found


@pytest.mark.parametrize(
    "sentence",
    [
        "Zambia voted on Thursday. Ana Phiri said nobody had rigged the election.",
        "Zambia voted on Thursday. Ana Phiri said no party had rigged the vote.",
    ],
)
def test_a_deed_no_one_did_is_no_charge(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, sentence)
    assert not [t for t in found if t[1] == "oppose" and t[2] == "zambia-results-are-valid"], found


def test_a_charge_quoted_on_its_own_is_the_speaker_s(extractor: Extractor) -> None:
    text = (
        "Zambia voted on Thursday. “The commission rigged the vote. We will go to court,” "
        "Ana Phiri told supporters."
    )
    assert ("Ana Phiri", "oppose", "zambia-results-are-valid") in stance_triples(extractor, text)
