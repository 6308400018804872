"""A strike, walkout or stoppage called, announced or staged at or against an employer opposes
it; one called off is no stance."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = "SYDNEY (Reuters) - Talks broke down on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The Australian Services Union called a strike against Telco One.",
        "The Australian Services Union announced a 24-hour strike at Telco One.",
        "The Australian Services Union staged a walkout at Telco One.",
    ],
)
def test_a_stoppage_at_an_employer_opposes_it(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert ("Australian Services Union", "oppose", "Telco One") in found


def test_a_stoppage_called_off_is_no_stance(extractor: Extractor) -> None:
    found = stance_triples(
        extractor, _LEAD + "The Australian Services Union called off its strike at Telco One."
    )
    assert ("Australian Services Union", "oppose", "Telco One") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Australian Services Union has been leading a strike across six Volta Freight "
        "depots.",
        "The Australian Services Union staged a strike in nine Volta Freight offices last week.",
        "The Australian Services Union held a walkout across Volta Freight's warehouses.",
    ],
)
def test_a_stoppage_across_an_employers_workplaces_opposes_their_owner(
    extractor: Extractor, sentence: str
) -> None:
    """ "across" or "in" the employer's places of work: the owner is the employer."""
    found = stance_triples(extractor, _LEAD + sentence)
    assert ("Australian Services Union", "oppose", "Volta Freight") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Australian Services Union has been leading a strike across Victoria since May.",
        "The Australian Services Union staged a walkout in June.",
    ],
)
def test_a_stoppage_across_a_place_or_in_a_month_names_no_employer(
    extractor: Extractor, sentence: str
) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert not [t for t in found if t[0] == "Australian Services Union"], found
