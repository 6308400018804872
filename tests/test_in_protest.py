"""What is done "in protest at / over" an actor's act opposes that actor, the doer being the
subject of the act done in protest (issue 12.1). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {
        (names.get(s.source, s.source), s.polarity, names.get(s.target, s.target))
        for s in result.stances
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Norland Teachers Union marched in protest at the decision of Acme Council.",
        "The Norland Teachers Union marched in protest over Acme Council's plan.",
        "The Norland Teachers Union marched in protest against Acme Council.",
    ],
)
def test_an_act_in_protest_opposes(extractor: Extractor, text: str) -> None:
    assert ("Norland Teachers Union", "oppose", "Acme Council") in stances(extractor, text)


def test_a_protest_about_nothing_named_is_none(extractor: Extractor) -> None:
    text = "The Norland Teachers Union marched in protest at the rising cost of living."
    assert not any(t == "Acme Council" for _, _, t in stances(extractor, text))
