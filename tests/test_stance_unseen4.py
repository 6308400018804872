"""Stances on news the project has not seen: coordinated parties and measures under debate."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _edges(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {
        (names[s.source], names[s.target], s.polarity)
        for s in x.stances
        if s.target_kind == "actor"
    }


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        (
            "Ireland and Norway recognised Palestine as a state.",
            {("Ireland", "Palestine", "support"), ("Norway", "Palestine", "support")},
        ),
        (
            "Peru and Chile backed Bolivia's bid to host the summit.",
            {("Peru", "Bolivia", "support"), ("Chile", "Bolivia", "support")},
        ),
        (
            "Russia was backed by China and Iran.",
            {("China", "Russia", "support"), ("Iran", "Russia", "support")},
        ),
        (
            "The European Commission criticised Poland, Hungary and Slovakia.",
            {
                ("European Commission", "Poland", "oppose"),
                ("European Commission", "Hungary", "oppose"),
                ("European Commission", "Slovakia", "oppose"),
            },
        ),
    ],
)
def test_every_coordinated_party_shares_the_stance(
    extractor: Extractor, text: str, edges: set[tuple[str, str, str]]
) -> None:
    assert edges <= _edges(extractor, text)


def test_a_coordinated_stance_is_read_once_per_sentence(extractor: Extractor) -> None:
    x = extractor(Article("t", "Kenya and Tanzania condemned Uganda and Rwanda on Monday."))
    pairs = [(s.source, s.target, s.polarity) for s in x.stances]
    assert len(pairs) == len(set(pairs)) == 4
