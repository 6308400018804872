"""A win denied outright ("he hasn't won anything") opposes the claim that he won."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = "Peru held a presidential election on Sunday, and Peruvian officials counted the ballots. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'Ana Vidal declared victory on Monday. "She hasn\'t won anything at all," '
            "government spokesman Marco Tal said of Vidal.",
            ("Marco Tal", "oppose", "ana-vidal-won-the-election"),
        ),
        (
            '"Rui Lopes did not win anything," Ana Vidal said.',
            ("Ana Vidal", "oppose", "rui-lopes-won-the-election"),
        ),
    ],
)
def test_a_win_denied_outright_opposes_it(
    extractor: Extractor, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in stance_triples(extractor, _LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        '"If he won anything, it was sympathy," Ana Vidal said of Rui Lopes.',
        '"Rui Lopes won a medal in Tokyo," Ana Vidal said.',
    ],
)
def test_a_supposed_or_other_win_is_no_claim(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert not {t for t in found if t[2] == "rui-lopes-won-the-election"}


def test_a_win_declared_in_a_relative_clause_is_its_antecedents(extractor: Extractor) -> None:
    sentence = (
        "The count was a blow to the opposition leader Ana Vidal, who declared victory Monday "
        "against President Rui Lopes."
    )
    found = stance_triples(extractor, _LEAD + sentence)
    assert ("Ana Vidal", "support", "ana-vidal-won-the-election") in found
