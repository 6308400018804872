"""Undoing a result: "cancelled / revoked the results" disputes them (the vote itself
"cancelled" may be before it is held); "the decision by X to annul the vote" and "X's decision
to annul the vote" are X's act (issue 12.1, 12.3). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def claim_stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {
        (names.get(s.source, s.source), s.polarity, s.target)
        for s in result.stances
        if s.target_kind == "claim"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tom Berg, the commission chairman, said he was cancelling the results of the Malawi "
        "elections because of irregularities.",
        "Tom Berg, the commission chairman, revoked the results of the Malawi election.",
    ],
)
def test_undoing_the_results_disputes_them(extractor: Extractor, text: str) -> None:
    found = claim_stances(extractor, text)
    assert ("Tom Berg", "oppose", "malawi-results-are-valid") in found


def test_cancelling_the_vote_itself_is_no_dispute(extractor: Extractor) -> None:
    text = "Tom Berg, the commission chairman, cancelled the Malawi election because of floods."
    assert claim_stances(extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The decision by the Malawi Electoral Commission to annul the elections shocked voters.",
        "The Malawi Electoral Commission's decision to annul the election was criticised.",
    ],
)
def test_a_decision_to_annul_is_its_makers_dispute(extractor: Extractor, text: str) -> None:
    found = claim_stances(extractor, text)
    assert ("Malawi Electoral Commission", "oppose", "malawi-results-are-valid") in found
