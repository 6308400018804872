"""What is done "in protest at / over" an actor's act opposes that actor, the doer being the
subject of the act done in protest (issue 12.1). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "text",
    [
        "The Norland Teachers Union marched in protest at the decision of Acme Council.",
        "The Norland Teachers Union marched in protest over Acme Council's plan.",
        "The Norland Teachers Union marched in protest against Acme Council.",
    ],
)
def test_an_act_in_protest_opposes(extractor: Extractor, text: str) -> None:
    assert ("Norland Teachers Union", "oppose", "Acme Council") in stance_triples(extractor, text)


def test_a_protest_about_nothing_named_is_none(extractor: Extractor) -> None:
    text = "The Norland Teachers Union marched in protest at the rising cost of living."
    assert not any(t == "Acme Council" for _, _, t in stance_triples(extractor, text))
