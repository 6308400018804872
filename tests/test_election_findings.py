"""A fault of the vote reported as fact, a verdict under a negated verb of opinion, the
vocabulary's newer verdict words, and results said to reflect the voters' will."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = "Zambia held a presidential election on Thursday, and Zambian officials counted the votes. "
_VALID = "zambia-results-are-valid"
_FAIR = "zambia-election-was-free-and-fair"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"There was massive fraud," said Tomas Irala.', ("Tomas Irala", "oppose", _VALID)),
        (
            '"We found irregularities in the voter rolls," said Mara Tiben.',
            ("Mara Tiben", "oppose", _VALID),
        ),
        ("The Labour Party made repeated claims of fraud.", ("Labour Party", "oppose", _VALID)),
        (
            "The Freedom Alliance demanded a recount, alleging vote rigging in the north.",
            ("Freedom Alliance", "oppose", _VALID),
        ),
        (
            "Observer Lina Koval said the outcome reflected the will of the voters.",
            ("Lina Koval", "support", _VALID),
        ),
        (
            "Lina Koval said the result was representative of the will of the people.",
            ("Lina Koval", "support", _VALID),
        ),
        (
            "Lina Koval said the outcome of the vote was \u201cby and large, representative of "
            "the will of the people.\u201d",
            ("Lina Koval", "support", _VALID),
        ),
        (
            '"We do not consider these elections to be free and fair," said Mara Tiben.',
            ("Mara Tiben", "oppose", _FAIR),
        ),
        (
            "Tomas Irala said he did not think the vote was credible.",
            ("Tomas Irala", "oppose", _FAIR),
        ),
        (
            'The Patriotic Front described the election as "the biggest scam in our history".',
            ("Patriotic Front", "oppose", _VALID),
        ),
        (
            "Observer Ruth Oyelaran said the elections were orderly and well managed.",
            ("Ruth Oyelaran", "support", _FAIR),
        ),
        (
            'The Freedom Alliance criticized the elections, describing them as "not credible."',
            ("Freedom Alliance", "oppose", _FAIR),
        ),
        (
            "The election, the Freedom Alliance says, was marked by massive fraud.",
            ("Freedom Alliance", "oppose", _VALID),
        ),
        (
            '"I don\'t see any reason why we should accept the results," said Kelo Manda.',
            ("Kelo Manda", "oppose", _VALID),
        ),
    ],
)
def test_a_reported_fault_or_verdict_takes_a_side(
    extractor: Extractor, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stance_triples(extractor, _LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"If there was fraud, the courts will say so," said Tomas Irala.',
        '"There may have been some irregularities," said Tomas Irala.',
        '"Was there fraud? Nobody knows," said Tomas Irala.',
        "Tomas Irala did not find any irregularities in the count.",
        "Tomas Irala was convicted of tax fraud in 2019.",
        '"We found tax fraud at the ministry," said Tomas Irala.',
        "There was fraud in the north, according to local reports.",
        '"The outcome does not reflect the will of the people," said Tomas Irala.',
        "Tomas Irala said he did not say the vote was credible.",
        '"There was no fraud," said Tomas Irala.',
        "The vote, Tomas Irala said, was marked by a heavy turnout.",
        "Tomas Irala denied that there had been fraud.",
    ],
)
def test_a_doubted_denied_or_other_fault_is_no_fraud(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert ("Tomas Irala", "oppose", _VALID) not in found
    assert not {t for t in found if t[2] == _VALID and t[1] == "oppose" and t[0] != "Tomas Irala"}
    assert ("Tomas Irala", "support", _FAIR) not in found


def test_a_verdict_denied_is_the_opposite_verdict(extractor: Extractor) -> None:
    found = stance_triples(extractor, _LEAD + "Tomas Irala denied that the vote was rigged.")
    assert ("Tomas Irala", "oppose", _VALID) not in found
    assert ("Tomas Irala", "support", _VALID) in found


def test_rejecting_claims_of_fraud_is_no_claim_of_fraud(extractor: Extractor) -> None:
    found = stance_triples(
        extractor, _LEAD + "The electoral commission rejected claims of fraud by the opposition."
    )
    assert not {t for t in found if t[2] == _VALID and t[1] == "oppose"}


def test_results_disputed_or_upheld_in_the_passive_are_the_agents(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        _LEAD + "The outcome was immediately rejected by opposition leader Tomas Irala. "
        "The results were upheld by the Supreme Court of Zambia. The results were rejected.",
    )
    assert ("Tomas Irala", "oppose", _VALID) in found
    assert any(t[1] == "support" and t[2] == _VALID and "Supreme Court" in t[0] for t in found)
    assert len({t for t in found if t[2] == _VALID}) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Irala promised a legal challenge to the outcome of the ballot.",
        "Tomas Irala will lodge a lawsuit with the Supreme Court over the results.",
        "Tomas Irala filed a petition against the election results.",
    ],
)
def test_a_legal_challenge_to_the_results_disputes_them(
    extractor: Extractor, sentence: str
) -> None:
    assert ("Tomas Irala", "oppose", _VALID) in stance_triples(extractor, _LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Irala may mount a challenge to the results.",
        "Tomas Irala withdrew his petition against the results.",
        "Tomas Irala did not file a petition against the results.",
    ],
)
def test_a_challenge_only_possible_or_dropped_is_none(extractor: Extractor, sentence: str) -> None:
    assert ("Tomas Irala", "oppose", _VALID) not in stance_triples(extractor, _LEAD + sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Malawian government urged President Kofi Amevor to respect the election results.",
            ("Malawian government", "support", _VALID),
        ),
        (
            "The African Union called on Amevor to respect the choice of the sovereign people.",
            ("African Union", "support", _VALID),
        ),
        ("Tomas Irala refused to respect the result.", ("Tomas Irala", "oppose", _VALID)),
        (
            "The Freedom Alliance said they were robbed of a win in the capital.",
            ("Freedom Alliance", "oppose", _VALID),
        ),
        (
            '"We were cheated out of our victory," said Mara Tiben.',
            ("Mara Tiben", "oppose", _VALID),
        ),
    ],
)
def test_the_result_respected_or_a_win_robbed(
    extractor: Extractor, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stance_triples(extractor, _LEAD + sentence)


def test_a_robbery_of_money_is_no_fraud_of_the_vote(extractor: Extractor) -> None:
    found = stance_triples(extractor, _LEAD + "Tomas Irala said the bank was robbed of $2 million.")
    assert ("Tomas Irala", "oppose", _VALID) not in found


def test_coordinated_holders_each_take_the_claim_stance(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        _LEAD + "The Freedom Alliance and the Labour Party rejected the results. The Green "
        "Party and the Unity Movement said the vote was rigged.",
    )
    for party in ("Freedom Alliance", "Labour Party", "Green Party", "Unity Movement"):
        assert (party, "oppose", _VALID) in found


def test_a_described_holders_conjunct_of_the_country_takes_the_stance(
    extractor: Extractor,
) -> None:
    found = stance_triples(
        extractor,
        _LEAD + "Zambian President Mara Tiben spoke on Sunday. The President and the opposition "
        "parties decry the legitimacy of the elections.",
    )
    assert ("Zambian opposition", "oppose", _FAIR) in found


def test_a_titles_and_is_no_coordinated_holder(extractor: Extractor) -> None:
    found = stance_triples(
        extractor,
        "Zambia's environment and climate minister Kelo Manda has taken aim at a draft deal on "
        "coal at the United Nations climate summit.",
    )
    assert not {t for t in found if t[0] == "climate minister"}


@pytest.mark.parametrize(
    "sentence",
    [
        '"We are already seeing some signs of fraud," said Kelo Manda.',
        '"We have received reports of fraud in the north," said Kelo Manda.',
        '"Our victory was stolen," said Kelo Manda.',
    ],
)
def test_signs_of_fraud_or_a_stolen_win_dispute_the_results(
    extractor: Extractor, sentence: str
) -> None:
    assert ("Kelo Manda", "oppose", _VALID) in stance_triples(extractor, _LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    ['"We reject reports of fraud," said Tomas Irala.', '"His wallet was stolen," said Tomas Irala.'],
)
def test_rejected_reports_or_other_thefts_dispute_nothing(
    extractor: Extractor, sentence: str
) -> None:
    assert ("Tomas Irala", "oppose", _VALID) not in stance_triples(extractor, _LEAD + sentence)
