"""A speaker faulting an actor's act with a word of fault ("X's decision is regrettable")."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "sentence",
    [
        '"The Blue Party\'s decision to close the hospital is regrettable," Ana Vidal said.',
        '"The Blue Party\'s remarks were offensive and insulting," Ana Vidal said on Monday.',
        '"The handling of the count by the Blue Party was inappropriate," Ana Vidal said.',
    ],
)
def test_an_act_faulted_opposes_its_owner(extractor: Extractor, sentence: str) -> None:
    text = "Rui Lopes leads the Blue Party in Lima. " + sentence
    assert ("Ana Vidal", "oppose", "Blue Party") in stance_triples(extractor, text)


def test_an_act_not_faulted_is_none(extractor: Extractor) -> None:
    text = (
        "Rui Lopes leads the Blue Party in Lima. "
        '"The Blue Party\'s decision is not regrettable at all," Ana Vidal said.'
    )
    assert ("Ana Vidal", "oppose", "Blue Party") not in stance_triples(extractor, text)
