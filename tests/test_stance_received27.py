"""A rebuke, backlash or support drawn by an actor's thing is its giver's stance on the actor
("X's plan found a quick rebuke from Y", "X's budget sparked criticism from Y"): issue 12,
stances from nouns. Our own sentences.
"""

from __future__ import annotations

from datetime import date

import pytest

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def stances(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    pub = DateValue(date(2025, 3, 14), "stated")
    found = to_contract(extractor(Article("t", text, published=pub)))["stances"]
    return [(s["source"], s["polarity"], s["target"]) for s in found]


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Justin Trudeau's plan found a quick rebuke from Doug Ford.", "oppose"),
        ("Justin Trudeau's budget sparked criticism from Doug Ford.", "oppose"),
        ("Justin Trudeau's remarks found support from Doug Ford.", "support"),
    ],
)
def test_a_things_owner_is_the_target_of_what_it_drew(
    extractor: Extractor, text: str, polarity: str
) -> None:
    assert stances(extractor, text) == [("Doug Ford", polarity, "Justin Trudeau")]


def test_a_thing_nobody_owns_draws_no_stance(extractor: Extractor) -> None:
    assert stances(extractor, "The plan drew a rebuke from Doug Ford.") == []
