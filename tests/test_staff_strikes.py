"""Staff who stop work oppose their employer, and are an actor of their own: "Velta Air pilots
went on strike", "Kestrel Bank's nurses staged a walkout", "Orion Freight workers are holding
the first of 12 strikes", "Velta Air pilots will strike", "walked out". Staff with no employer written with them draw no stance, nor does a
strike called off. Sentences are our own.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_LEAD = "LONDON - Talks over pay broke down on Friday. "


def _edges(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", _LEAD + text))
    names = {a.id: a.name for a in result.actors}
    return {(names[s.source], s.polarity, names.get(s.target, s.target)) for s in result.stances}


@pytest.mark.parametrize(
    ("sentence", "edge"),
    [
        (
            "Velta Air pilots went on strike on Monday.",
            ("Velta Air pilots", "oppose", "Velta Air"),
        ),
        (
            "Kestrel Bank's nurses staged a walkout over pay.",
            ("Kestrel Bank nurses", "oppose", "Kestrel Bank"),
        ),
        (
            "Orion Freight Ltd workers are holding the first of 12 strikes in a dispute over pay.",
            ("Orion Freight Ltd workers", "oppose", "Orion Freight Ltd"),
        ),
        ("Velta Air pilots will strike on Monday.", ("Velta Air pilots", "oppose", "Velta Air")),
        ("Velta Air pilots walked out on Monday.", ("Velta Air pilots", "oppose", "Velta Air")),
    ],
)
def test_staff_on_strike_oppose_their_employer(
    extractor: Extractor, sentence: str, edge: tuple[str, str, str]
) -> None:
    assert edge in _edges(extractor, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses went on strike on Monday.",
        "Velta Air pilots called off the strike on Monday.",
        "Velta Air pilots did not go on strike on Monday.",
        "Velta Air pilots struck a deal on Monday.",
    ],
)
def test_no_employer_or_no_strike_draws_no_stance(extractor: Extractor, sentence: str) -> None:
    assert not [e for e in _edges(extractor, sentence) if e[1] == "oppose"]


def test_striking_back_at_critics_is_no_stoppage(extractor: Extractor) -> None:
    assert not _edges(extractor, "Velta Air engineers struck back at critics on Monday.")


def test_striking_at_workplaces_is_a_stoppage(extractor: Extractor) -> None:
    edges = _edges(extractor, "Velta Air pilots will strike at three airports on Monday.")
    assert ("Velta Air pilots", "oppose", "Velta Air") in edges
