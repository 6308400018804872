"""An order, a ruling or a law acts for whoever issued it; "prohibited X from ..." opposes X
(own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Governor Ana Rud signed an order on Monday that prohibits Nordvik from taking over "
            "Brandt Foods.",
            ("Ana Rud", "oppose", "Nordvik"),
        ),
        (
            "Governor Ana Rud's order prohibits Nordvik from taking over Brandt Foods.",
            ("Ana Rud", "oppose", "Nordvik"),
        ),
        (
            "The Supreme Court issued a ruling that bars Tomas Berg from running for office.",
            ("Supreme Court", "oppose", "Tomas Berg"),
        ),
        (
            "Governor Ana Rud prohibited Nordvik from taking over Brandt Foods.",
            ("Ana Rud", "oppose", "Nordvik"),
        ),
    ],
)
def test_an_instrument_acts_for_its_issuer(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in rule_targets(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ana Rud prohibited the sale of the company.",
        "Governor Ana Rud signed a letter that praises the new school.",
    ],
)
def test_no_actor_prohibited_is_no_stance(extractor: Extractor, text: str) -> None:
    assert not rule_targets(extractor, text)
