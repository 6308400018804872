"""A noun's "that" clause is the claim a stance on the noun takes (issue 12.3: one identity
per claim, no noun-phrase fragment as a claim). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_WON = "President Omar Lind won Peru's October 3 election, officials said.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Eva Sun rejected the announcement that Omar Lind was the winner of the election.",
        "Eva Sun disputed the claim that Omar Lind won the election.",
        "Eva Sun dismissed reports that Omar Lind had won the vote.",
    ],
)
def test_a_clause_of_a_win_is_the_win_claim(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _WON + sentence + "\n")
    assert ("Eva Sun", "oppose", "omar-lind-won-the-election") in found
    assert not any(t.startswith(("announcement", "claim-that", "reports")) for _, _, t in found)


def test_a_clause_outside_the_vocabulary_is_an_issue_in_its_words(extractor: Extractor) -> None:
    text = "Eva Sun dismissed the suggestion that the port had been closed for repairs.\n"
    targets = {t for s, _, t in stance_triples(extractor, text) if s == "Eva Sun"}
    assert targets == {"port-had-been-closed-for-repairs"}


def test_an_owned_claim_is_a_stance_on_its_maker(extractor: Extractor) -> None:
    text = _WON + "Eva Sun dismissed Tom Bell's claim that the count had stalled.\n"
    assert ("Eva Sun", "oppose", "Tom Bell") in stance_triples(extractor, text)


def test_a_relative_clause_is_no_content(extractor: Extractor) -> None:
    text = "Eva Sun rejected the plan that Tom Bell drew up for the port.\n"
    found = stance_triples(extractor, text)
    assert not any(t.startswith("tom-bell-drew") for _, _, t in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Green Party on Sunday criticized the results of the recent election.",
        "The Green Party denounced the result of the poll.",
    ],
)
def test_condemned_results_dispute_the_win(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _WON + sentence + "\n")
    assert ("Green Party", "oppose", "omar-lind-won-the-election") in found


@pytest.mark.parametrize("charge", ["systematic cheating", "vote-buying", "ballot stuffing"])
def test_dismissed_charges_of_fraud_back_the_results(extractor: Extractor, charge: str) -> None:
    text = _WON + f"Ana Ruiz, the commission's head, dismissed claims of {charge}.\n"
    found = stance_triples(extractor, text)
    assert ("Ana Ruiz", "support", "peru-results-are-valid") in found


def test_a_charge_of_no_vocabulary_claim_is_no_issue(extractor: Extractor) -> None:
    text = "Ana Ruiz dismissed allegations of Nordline's involvement in the spill.\n"
    assert not any(t.startswith("allegations") for _, _, t in stance_triples(extractor, text))
