"""An offer named by a generic agent ("a government offer") is that agent's of the story's
country: rejecting it opposes that government (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "text",
    [
        "The Kenya Medical Union rejected a government offer of a 40 percent raise on Monday.",
        "The Kenya Medical Union rebuffed a government proposal on Monday.",
    ],
)
def test_rejecting_a_government_offer_opposes_the_government(
    extractor: Extractor, text: str
) -> None:
    assert ("Kenya Medical Union", "oppose", "Kenyan government") in stance_triples(extractor, text)


def test_no_country_no_government(extractor: Extractor) -> None:
    text = "The nurses' union rejected a government offer on Monday."
    assert not any(t.endswith("government") for _, _, t in stance_triples(extractor, text))
