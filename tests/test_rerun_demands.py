"""A re-run demanded, as written ("re-run", "held again", "a re-vote") or said of the act
itself ("a new election should be held"), backs "a new election should be held" (issue 12.3).
Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_WON = "President Omar Lind won Peru's October 3 election, officials said.\n\n"


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Ana Ruiz demanded the vote be re-run.", "peru-new-election-should-be-held"),
        ("Ana Ruiz called for a re-run of the elections.", "peru-new-election-should-be-held"),
        (
            "Ana Ruiz demanded that the vote be annulled and held again.",
            "peru-new-election-should-be-held",
        ),
        ("Ana Ruiz is pressing for a re-vote.", "peru-new-election-should-be-held"),
        ("Ana Ruiz said a new election should be held.", "peru-new-election-should-be-held"),
        ("Ana Ruiz said a recount must be held.", "peru-results-should-be-verified"),
        ("Ana Ruiz said the results should be published.", "peru-results-should-be-published"),
    ],
)
def test_a_demanded_rerun_backs_a_new_election(
    extractor: Extractor, sentence: str, claim: str
) -> None:
    assert ("Ana Ruiz", "support", claim) in stance_triples(extractor, _WON + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        '"A new election should not be held," Ana Ruiz said.',
        "Ana Ruiz said a new stadium should be built.",
        "Ana Ruiz said the race would be run again next year.",
    ],
)
def test_no_demand_no_rerun_stance(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _WON + sentence + "\n")
    assert ("Ana Ruiz", "support", "peru-new-election-should-be-held") not in found
