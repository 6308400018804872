"""Who acts in a relative clause on an apposition, and what a name bound by a hyphen is
(sentences of our own): "X, a Nato-sceptic who praised Y" is X's praise; the body in
"Nato-sceptic" or "Kremlin-backed" describes someone and acts in nothing."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "text",
    [
        "The first round was won by Ivo Marek, a Nato-sceptic who has praised Vladimir Putin.",
        "The seat went to Ivo Marek, a Nato-sceptic who often praised Vladimir Putin.",
    ],
)
def test_a_relative_clause_on_an_apposition_is_the_named_ones(
    extractor: Extractor, text: str
) -> None:
    found = stance_triples(extractor, text)
    assert ("Ivo Marek", "support", "Vladimir Putin") in found
    assert not any(source == "Nato" for source, _, _ in found)


def test_a_name_bound_by_a_hyphen_acts_in_nothing(extractor: Extractor) -> None:
    text = "Kremlin-backed candidate Ivo Marek praised Vladimir Putin on Monday."
    assert not any(source == "Kremlin" for source, _, _ in stance_triples(extractor, text))
