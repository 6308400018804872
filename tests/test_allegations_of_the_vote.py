"""A bare "the allegations" dismissed after sentences alleging faults of the vote are those
allegations (sentences of our own): dismissing them backs the results, not a charge against
the one dismissing; with no vote faults before, the charge is against the denier as before."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_VOTE = (
    "Peru held a presidential election on Sunday. Tomas Ferro's party alleged widespread vote "
    "rigging and ballot stuffing. "
)


def test_dismissing_the_vote_allegations_backs_the_results(extractor: Extractor) -> None:
    text = _VOTE + "The Green Front dismissed the allegations as an obvious fiction."
    found = stance_triples(extractor, text)
    assert ("Green Front", "support", "peru-results-are-valid") in found
    assert not any(t.endswith("accusations-are-true") for s, _, t in found if s == "Green Front")


def test_dismissed_allegations_with_no_vote_faults_are_the_deniers(extractor: Extractor) -> None:
    text = "Ana Lenz was accused of taking bribes last year. Lenz dismissed the allegations."
    found = stance_triples(extractor, text)
    assert ("Ana Lenz", "oppose", "ana-lenz-accusations-are-true") in found
