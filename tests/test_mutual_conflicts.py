"""Conflicts both ways and held states: "the rift between X and Y" and "X traded insults with
Y" are each side's stance against the other; "X is locked in a dispute with Y" is X's, though
the participle is passive (issue 12.1); "the transport secretary" is the one written "Transport
Secretary X", not another secretary (issue 12.2). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(registry=())


@pytest.mark.parametrize(
    "text",
    [
        "Talks widened the rift between Peru and Chile.",
        "Ana Ruiz traded insults with Tom Berg on Monday.",
        "Ana Ruiz swapped accusations with Tom Berg.",
    ],
)
def test_a_conflict_both_ways(extractor: Extractor, text: str) -> None:
    found = {(s, p, t) for s, p, t in stance_triples(extractor, text) if p == "oppose"}
    sides = {"Peru", "Chile"} if "Peru" in text else {"Ana Ruiz", "Tom Berg"}
    one, other = sorted(sides)
    assert {(one, "oppose", other), (other, "oppose", one)} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended the feud between Peru and Chile.",
        "The feud between Peru and Chile, as well as Bolivia and Ecuador, grew.",
        "Ana Ruiz exchanged greetings with Tom Berg.",
        "Ana Ruiz said that a possible conflict between Peru and Chile would put the region at risk.",
        "A war between Peru and Chile could ruin both.",
    ],
)
def test_no_conflict_where_the_sides_or_the_feud_are_not_said(
    extractor: Extractor, text: str
) -> None:
    assert not {s for s in stance_triples(extractor, text) if s[1] == "oppose"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp is locked in a bitter dispute with Vestia Ltd.",
        "Acme Corp is embroiled in a legal battle with Vestia Ltd.",
    ],
)
def test_a_held_state_of_conflict_is_the_subjects(extractor: Extractor, text: str) -> None:
    assert ("Acme Corp", "oppose", "Vestia Ltd.") in stance_triples(extractor, text) or (
        "Acme Corp",
        "oppose",
        "Vestia Ltd",
    ) in stance_triples(extractor, text)


def test_a_titled_office_holder_is_the_target_of_a_lowercase_title(
    extractor: Extractor,
) -> None:
    opening = "Union leader Mick Lynch met Transport Secretary Grant Shapps on Monday.\n\n"
    found = stance_triples(extractor, opening + "Mr Lynch criticised the transport secretary.")
    assert ("Mick Lynch", "oppose", "Grant Shapps") in found
    other = stance_triples(extractor, opening + "Mr Lynch criticised the health secretary.")
    assert not any(t == "Grant Shapps" for _, _, t in other)
