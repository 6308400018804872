"""Refusing to give way to someone opposes them ("will never bow to X", "would not
capitulate to X"); giving way is no support; a call for a body's closure opposes the body;
taking away a permit ("cancelled X's visa", "the decision by Y to cancel X's visa") opposes
its holder (issue 12.1). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {
        (names.get(s.source, s.source), s.polarity, names.get(s.target, s.target))
        for s in result.stances
    }


@pytest.mark.parametrize(
    "text",
    [
        "Norland will never bow to Vestia.",
        '"We will not capitulate to Vestia," the Norland foreign minister Ana Ruiz said.',
        "Norland refused to yield to Vestia.",
    ],
)
def test_refusing_to_give_way_opposes(extractor: Extractor, text: str) -> None:
    assert any(p == "oppose" and t == "Vestia" for _, p, t in stances(extractor, text))


def test_giving_way_is_no_stance(extractor: Extractor) -> None:
    found = stances(extractor, "Norland bowed to Vestia in the end.")
    assert not any(t == "Vestia" for _, _, t in found)


def test_a_call_for_a_body_s_closure_opposes_it(extractor: Extractor) -> None:
    assert ("Norland", "oppose", "Acme News") in stances(
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
    assert ("Ola Nordmann", "oppose", "Tom Berg") in stances(extractor, text)


def test_cancelling_a_programme_is_no_stance(extractor: Extractor) -> None:
    found = stances(extractor, "Immigration Minister Ola Nordmann cancelled the visa programme.")
    assert not any(p == "oppose" for _, p, _ in found)
