"""Names the model takes for a product, a work or a place, read as actors (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def test_a_name_taken_for_a_product_is_praised(extractor: Extractor) -> None:
    result = extractor(Article("t", "Coach Bielsa praised Cespedes after the match."))
    (stance,) = result.stances
    assert result.actor(stance.source).name == "Bielsa"
    assert result.actor(stance.target).name == "Cespedes"
    assert result.actor(stance.target).type == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "Fans bought the Galaxy Fold in Seoul.",  # a product, bought: no stance verb
        "Coach Bielsa sold Cespedes after the match.",  # a name, but nobody praised or attacked
    ],
)
def test_no_actor_without_a_stance_or_speech(extractor: Extractor, text: str) -> None:
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not names & {"Galaxy Fold", "Cespedes"}
