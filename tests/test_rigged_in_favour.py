"""A fraud done in someone's favour ("the vote was rigged in favour of X", "the count was
manipulated in favour of X") opposes X, as "rigging in favour of X" does; an act that is no
fraud done so ("the vote was held in favour of X") does not."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

LEAD = "Estonia held an election on Sunday. "


def opposed(extractor: Extractor, text: str) -> set[str]:
    result = extractor(Article("t", LEAD + text))
    names = {a.id: a.name for a in result.actors}
    return {names.get(s.target, s.target) for s in result.stances if s.polarity == "oppose"}


@pytest.mark.parametrize(
    "text",
    [
        "Ana Reyes said the vote was rigged in favour of the Centre Party.",
        '"The count was manipulated in favour of the Centre Party," said Ana Reyes.',
    ],
)
def test_a_fraud_done_for_someone_opposes_them(extractor: Extractor, text: str) -> None:
    assert "Centre Party" in opposed(extractor, text)


def test_an_act_that_is_no_fraud_does_not(extractor: Extractor) -> None:
    assert "Centre Party" not in opposed(
        extractor, "Ana Reyes said the vote was held in favour of the Centre Party."
    )
