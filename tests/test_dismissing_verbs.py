"""Phrasal verbs of dismissing oppose what they take (sentences of our own): "shrugged off calls
for a recount", "brushed aside the criticism", "waved away the demands"."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize("verb", ["shrugged off", "brushed aside", "waved away", "laughed off"])
def test_dismissing_calls_for_a_recount_opposes_it(extractor: Extractor, verb: str) -> None:
    text = f"President Omar Dialo on Friday {verb} calls for a recount of the vote in Senegal."
    found = stance_triples(extractor, text)
    assert ("Omar Dialo", "oppose", "senegal-results-should-be-verified") in found


def test_not_shrugging_off_is_no_dismissal(extractor: Extractor) -> None:
    text = "President Omar Dialo did not shrug off calls for a recount of the vote in Senegal."
    found = stance_triples(extractor, text)
    assert ("Omar Dialo", "oppose", "senegal-results-should-be-verified") not in found


@pytest.mark.parametrize(
    "text",
    [
        "President Omar Dialo waved off Ana Soto at the airport on Friday.",
        "Coach Omar Dialo said his side brushed aside Senegal in the final.",
    ],
)
def test_dismissing_a_person_or_a_team_is_no_stance(extractor: Extractor, text: str) -> None:
    assert not any(p == "oppose" for _, p, _ in stance_triples(extractor, text))
