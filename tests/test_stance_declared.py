"""An authority declaring someone the winner supports them (graph/extract/stance_declared.py).

Sentences of our own; each names a made-up election board, court or candidate.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def _stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("declared", text))
    return {(s.source, s.polarity, s.target) for s in result.stances}


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Monday that the National Election Board declared Ana Ruiz the winner"
        " of the vote. Ana Ruiz thanked her voters.",
        "Ana Ruiz was declared the winner by the National Election Board.",
        "Ana Ruiz was announced as the elected president by the National Election Board.",
        "The National Election Board issued a bulletin that gave victory to Ana Ruiz. Ana Ruiz"
        " thanked voters.",
    ],
)
def test_a_declaration_supports_the_one_declared(extractor: Extractor, text: str) -> None:
    assert ("national-election-board", "support", "ana-ruiz") in _stances(extractor, text)


def test_a_person_declaring_the_winner_supports_the_one_declared(extractor: Extractor) -> None:
    # the parser may take "the winner" for a clause of its own after a person's name
    text = "Kenya voted last week. Juma Odhiambo declared Peter Kamau the winner on Monday."
    assert ("juma-odhiambo", "support", "peter-kamau") in _stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # wished, not made
        "The National Election Board should declare Ana Ruiz the winner, Tom Hale said.",
        # refused: negated
        "The National Election Board refused to declare Ana Ruiz the winner. Ana Ruiz left.",
        # an appointment is no declaration of a winner
        "The National Election Board named Ana Ruiz head of its press office. Ana Ruiz agreed.",
    ],
)
def test_no_declaration_no_support(extractor: Extractor, text: str) -> None:
    assert ("national-election-board", "support", "ana-ruiz") not in _stances(extractor, text)
