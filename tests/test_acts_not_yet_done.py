"""An act still to come is no act "the decision" points back to: after "X will make the final
decision", a speaker calling "the decision" a disgrace judges the decision already made."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def targets(extractor: Extractor, text: str) -> set[str]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {names.get(s.target, s.target) for s in result.stances if s.polarity == "oppose"}


@pytest.mark.parametrize("modal", ["will", "could", "may"])
def test_a_decision_to_come_is_not_the_one_judged(extractor: Extractor, modal: str) -> None:
    text = (
        "The Supreme Court of Chile ruled that the mine could reopen. "
        f"Interior Minister Ana Reyes {modal} make the final decision. "
        'Tomas Berg called the decision a "grave miscarriage of justice".'
    )
    assert "Ana Reyes" not in targets(extractor, text)


def test_a_decision_made_is_the_one_judged(extractor: Extractor) -> None:
    text = (
        "The Supreme Court of Chile ruled that the mine could reopen. "
        "Interior Minister Ana Reyes made the final decision. "
        'Tomas Berg called the decision a "grave miscarriage of justice".'
    )
    assert "Ana Reyes" in targets(extractor, text)
