"""An authority that declares someone (re-)elected backs them, like one that declares them the
winner; the learned reader's contrary reading of the same words gives way (issue 12.2).
Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize("declared", ["re-elected", "elected"])
def test_declaring_someone_elected_backs_them(extractor: Extractor, declared: str) -> None:
    text = (
        "Tomas Berg won the presidential election in Estland with 54 percent of the vote.\n\n"
        f"On Monday, the Constitutional Court declared Berg {declared} with 54 percent in the "
        "first round.\n"
    )
    found = stance_triples(extractor, text)
    assert ("Constitutional Court", "oppose", "Tomas Berg") not in found
    assert any(s == "Constitutional Court" and p == "support" for s, p, _ in found)
