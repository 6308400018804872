""""The offer" is the one the story reported someone making: rejecting it opposes its maker
(own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Nordvik Foods proposed a $90 billion merger with Brandt Foods on Friday, but Brandt "
            "Foods rejected the bid, saying it undervalued the company.",
            ("Brandt Foods", "oppose", "Nordvik Foods"),
        ),
        (
            "Halvor Health made a new pay offer on Monday. The Nurses Guild rejected the offer "
            "on Tuesday.",
            ("Nurses Guild", "oppose", "Halvor Health"),
        ),
    ],
)
def test_rejecting_the_offer_opposes_who_made_it(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in rule_targets(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Nurses Guild rejected the offer on Tuesday.",
        "Halvor Health made a statement on Monday. The Nurses Guild rejected the offer on Tuesday.",
    ],
)
def test_an_offer_nobody_was_said_to_make_is_nobodys(extractor: Extractor, text: str) -> None:
    assert not rule_targets(extractor, text)
