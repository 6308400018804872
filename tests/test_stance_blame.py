"""Blame laid on an actor: "X is to blame", "held X responsible" (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Lind held Nordline responsible for the spill.", {("Ana Lind", "Nordline")}),
        ('"Nordline is to blame for this mess," Ana Lind said.', {("Ana Lind", "Nordline")}),
        (
            "Ana Lind said Nordline and Baltic Ferries were partly to blame for the disruption.",
            {("Ana Lind", "Nordline"), ("Ana Lind", "Baltic Ferries")},
        ),
        (
            '"We will hold Nordline and its owners accountable," Ana Lind said.',
            {("Ana Lind", "Nordline")},
        ),
    ],
)
def test_blame_laid_on_an_actor_opposes_it(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    found = stance_triples(extractor, text)
    assert {(source, "oppose", target) for source, target in expected} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lind said Nordline was not to blame for the spill.",  # cleared
        "Ana Lind did not hold Nordline responsible for the spill.",  # negated
        "Ana Lind flew to Oslo on Monday. Nordline is to blame for the spill.",  # the writer's
    ],
)
def test_blame_lifted_or_denied_is_no_stance_against(extractor: Extractor, text: str) -> None:
    found = stance_triples(extractor, text)
    assert not any(p == "oppose" and t == "Nordline" and s == "Ana Lind" for s, p, t in found)
