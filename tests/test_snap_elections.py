"""A call for snap or early elections is a call for a new election (sentences of our own),
the same claim as "new elections" and "a rerun", so the calls join at one node."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.claims import claim_for
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "phrase", ["snap elections", "early elections", "early parliamentary elections", "a snap poll"]
)
def test_snap_and_early_elections_are_new_elections(phrase: str) -> None:
    claim = claim_for(phrase, country="Austria")
    assert claim is not None and claim.id == "austria-new-election-should-be-held"


def test_a_chancellor_calling_snap_elections_backs_a_new_election(extractor: Extractor) -> None:
    text = "Austria's chancellor Ivo Lang has called for snap elections after his deputy quit."
    found = stance_triples(extractor, text)
    assert ("Ivo Lang", "support", "austria-new-election-should-be-held") in found
    assert not any(p == "oppose" for _, p, _ in found)  # no vote held: nothing disputed


def test_an_early_release_is_no_election() -> None:
    assert claim_for("the early release of prisoners", country="Austria") is None
