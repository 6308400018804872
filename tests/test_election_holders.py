"""The country that held an election, or owns a body, is no side of a stance on it (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "The Organization of American States questioned the legitimacy of Paraguay's election.",
            ("Organization of American States", "oppose", "paraguay-election-was-free-and-fair"),
            ("Organization of American States", "oppose", "Paraguay"),
        ),
        (
            "Ana Ruiz condemned fraud in the election in Paraguay.",
            ("Ana Ruiz", "oppose", "paraguay-results-are-valid"),
            ("Ana Ruiz", "oppose", "Paraguay"),
        ),
    ],
)
def test_an_elections_holder_is_no_target(
    extractor: Extractor, text: str, kept: tuple[str, str, str], dropped: tuple[str, str, str]
) -> None:
    found = stance_triples(extractor, text)
    assert kept in found and dropped not in found


def test_a_country_criticised_itself_stays_a_target(extractor: Extractor) -> None:
    text = "The United States criticised Paraguay over the arrests."
    assert ("United States", "oppose", "Paraguay") in stance_triples(extractor, text)
