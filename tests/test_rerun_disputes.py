"""Calling for the election to be held again, after it was held, disputes its outcome
(sentences of our own): against the win the story tells, or, with no winner told, against its
results; a snap election called where no vote has been counted is only the demand."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_HELD = "Peru held a presidential election on Sunday. "
_DEMAND = "The Green Front is demanding a fresh poll monitored by foreign observers."


def test_a_rerun_demanded_after_a_win_disputes_it(extractor: Extractor) -> None:
    text = _HELD + "Official results show Ana Lenz won with 54 percent. " + _DEMAND
    found = stance_triples(extractor, text)
    assert ("Green Front", "support", "peru-new-election-should-be-held") in found
    assert ("Green Front", "oppose", "ana-lenz-won-the-election") in found


def test_a_rerun_demanded_after_results_disputes_them(extractor: Extractor) -> None:
    text = _HELD + "The results gave the ruling party an unassailable lead. " + _DEMAND
    assert ("Green Front", "oppose", "peru-results-are-valid") in stance_triples(extractor, text)


def test_a_snap_election_called_is_only_the_demand(extractor: Extractor) -> None:
    text = "Peru's prime minister quit on Friday. The Green Front called for new elections in Peru."
    found = stance_triples(extractor, text)
    assert ("Green Front", "support", "peru-new-election-should-be-held") in found
    assert not any(polarity == "oppose" for source, polarity, _ in found if source == "Green Front")


def test_early_elections_years_later_dispute_no_win(extractor: Extractor) -> None:
    text = (
        "Ana Lenz won Peru's presidential election in 2021. Three years later, the Green Front "
        "called for early elections in Peru."
    )
    found = stance_triples(extractor, text)
    assert ("Green Front", "oppose", "ana-lenz-won-the-election") not in found


def test_as_a_result_tells_no_results(extractor: Extractor) -> None:
    text = (
        "Peru's prime minister quit on Friday. As a result, the Green Front called for new "
        "elections in Peru."
    )
    found = stance_triples(extractor, text)
    assert not any(p == "oppose" for s, p, _ in found if s == "Green Front")
