"""Giving up on fighting charges backs no one (stance_verbs): "will not fight the charges
filed against him by X" is no support of X, though "did not criticise X" still reads as one."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def _edges(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {(names[s.source], names[s.target], s.polarity) for s in x.stances if s.target in names}


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berg said he will not fight the charges filed against him by the Liberty Front.",
        "Tomas Berg will not contest the allegations made by the Liberty Front.",
    ],
)
def test_not_fighting_charges_backs_no_one(extractor: Extractor, text: str) -> None:
    assert ("Tomas Berg", "Liberty Front", "support") not in _edges(extractor, text)


def test_not_criticising_someone_still_reads_as_support(extractor: Extractor) -> None:
    edges = _edges(extractor, "Tomas Berg did not criticise the Liberty Front.")
    assert ("Tomas Berg", "Liberty Front", "support") in edges
