"""A feeling about an election's outcome is a stance on its official results (sentences of our
own); a study's results, someone's results or a denied feeling are none."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

LEAD = (
    "Zambia held a presidential election on Sunday, and the electoral commission declared Ivo "
    "Marek the winner.\n\n"
)
RESULTS = "zambia-results-are-valid"


@pytest.mark.parametrize(
    ("quote", "polarity"),
    [
        ('"I am very happy about the outcome," said Ana Ruiz.', "support"),
        ('"We are satisfied with the results of the election," said Ana Ruiz.', "support"),
        ('"We are disappointed by the result," said Ana Ruiz.', "oppose"),
    ],
)
def test_a_feeling_about_the_outcome_is_a_stance_on_the_results(
    extractor: Extractor, quote: str, polarity: str
) -> None:
    assert ("Ana Ruiz", polarity, RESULTS) in stance_triples(extractor, LEAD + quote)


@pytest.mark.parametrize(
    "quote",
    [
        '"We are not happy with the results," said Ana Ruiz.',
        '"We are happy with the results of our study," said Ana Ruiz.',
    ],
)
def test_no_feeling_about_the_outcome_no_stance(extractor: Extractor, quote: str) -> None:
    found = stance_triples(extractor, LEAD + quote)
    assert not any(s == "Ana Ruiz" and t == RESULTS for s, _, t in found)
