"""A penalty's size is no target: "fined X a record $2 billion" and "X was fined 500 million
euros by Y" are against X, the one who pays (issue 12.2). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples as stances


@pytest.mark.parametrize(
    "sentence",
    [
        "The Trade Commission has fined Veltrana Pharmaceuticals a record $2 billion for "
        "breaching competition rules.",
        "Veltrana Pharmaceuticals was fined 500 million euros on Monday by the Trade Commission.",
    ],
)
def test_the_one_fined_is_the_target(extractor: Extractor, sentence: str) -> None:
    assert stances(extractor, sentence) == {
        ("Trade Commission", "oppose", "Veltrana Pharmaceuticals")
    }
