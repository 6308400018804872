"""A speaker judging a named measure by what it would do (sentences of our own): harm, less of
a good thing or more of a bad one opposes it; benefit supports it; a denied effect says
nothing."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

LEAD = "Regulators are reviewing the proposed Acme-Borland merger.\n\n"
MERGER = "proposed-acme-borland-merger"


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ('"This merger would greatly harm consumers," said regulator chief Omar Dost.', "oppose"),
        ('"The merger would lead to higher prices," said Omar Dost.', "oppose"),
        ('"The merger would reduce competition," said Omar Dost.', "oppose"),
        ('"The merger would benefit customers," said Omar Dost.', "support"),
        ('"The merger would lower prices for shoppers," said Omar Dost.', "support"),
        ('"The merger will create jobs," said Omar Dost.', "support"),
        ('"The merger will drive down prices," said Omar Dost.', "support"),
        ('"The merger will push up prices," said Omar Dost.', "oppose"),
    ],
)
def test_an_effect_said_of_a_measure_is_a_stance_on_it(
    extractor: Extractor, quote: str, polarity: str
) -> None:
    found = stance_triples(extractor, LEAD + quote)
    assert {(s, p) for s, p, t in found if t == MERGER} == {("Omar Dost", polarity)}


def test_a_denied_effect_says_nothing(extractor: Extractor) -> None:
    found = stance_triples(extractor, LEAD + '"The merger will not harm anyone," said Ana Ruiz.')
    assert not any(t == MERGER for _, _, t in found)
