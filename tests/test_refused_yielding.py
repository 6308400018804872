"""Refusing to give way to someone opposes them ("will never bow to X", "would not
capitulate to X"); giving way is no support; a call for a body's closure opposes the body;
taking away a permit ("cancelled X's visa", "the decision by Y to cancel X's visa") opposes
its holder (issue 12.1). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "text",
    [
        "Norland will never bow to Vestia.",
        '"We will not capitulate to Vestia," the Norland foreign minister Ana Ruiz said.',
        "Norland refused to yield to Vestia.",
    ],
)
def test_refusing_to_give_way_opposes(extractor: Extractor, text: str) -> None:
    assert any(p == "oppose" and t == "Vestia" for _, p, t in stance_triples(extractor, text))


def test_giving_way_is_no_stance(extractor: Extractor) -> None:
    found = stance_triples(extractor, "Norland bowed to Vestia in the end.")
    assert not any(t == "Vestia" for _, _, t in found)


def test_a_call_for_a_body_s_closure_opposes_it(extractor: Extractor) -> None:
    assert ("Norland", "oppose", "Acme News") in stance_triples(
        extractor, "Norland demanded the closure of Acme News."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Immigration Minister Ola Nordmann cancelled Tom Berg's visa on Friday.",
        "The decision by Immigration Minister Ola Nordmann to cancel Tom Berg's visa was upheld.",
    ],
)
def test_taking_away_a_permit_opposes_its_holder(extractor: Extractor, text: str) -> None:
    assert ("Ola Nordmann", "oppose", "Tom Berg") in stance_triples(extractor, text)


def test_cancelling_a_programme_is_no_stance(extractor: Extractor) -> None:
    found = stance_triples(
        extractor, "Immigration Minister Ola Nordmann cancelled the visa programme."
    )
    assert not any(p == "oppose" for _, p, _ in found)
