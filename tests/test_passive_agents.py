"""The agent of a passive penalty the parser hangs on the amount (sentences of our own): "X was
fined 5 million euros by Y" is Y's penalty on X, as "Y fined X 5 million euros" is."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

LEAD = "The Competition Commission and Acme Corp clashed in Zambia.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme Corp was fined 5 million euros by the Competition Commission.",
        "Acme Corp was fined $20m by the Competition Commission on Monday.",
        "The Competition Commission fined Acme Corp 5 million euros.",
    ],
)
def test_a_fine_by_a_body_opposes_the_fined(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, LEAD + sentence)
    assert ("Competition Commission", "oppose", "Acme Corp") in found


def test_a_time_after_by_is_no_agent(extractor: Extractor) -> None:
    found = stance_triples(extractor, LEAD + "Acme Corp was fined 5 million euros by Friday.")
    assert not any(target == "Acme Corp" for _, _, target in found)
