"""Denying one's own act denies the charge (sentences of our own): "Berg has denied leaking the
stories" opposes "the accusations against Eva Berg are true"."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "sentence",
    ["Eva Berg has denied leaking the stories.", "Eva Berg denies taking any payments."],
)
def test_denying_one_s_act_denies_the_charge(extractor: Extractor, sentence: str) -> None:
    found = extractor(Article("t", sentence + "\n")).stances
    assert {(s.source, s.target, s.polarity) for s in found} == {
        ("eva-berg", "eva-berg-accusations-are-true", "oppose")
    }


def test_denying_a_thing_to_someone_is_no_denial_of_a_charge(extractor: Extractor) -> None:
    found = extractor(Article("t", "Eva Berg denied Tom Reyes a seat at the table.\n")).stances
    assert not [s for s in found if s.target.endswith("accusations-are-true")]
