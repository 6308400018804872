"""Looking forward to working with someone stands with them (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "sentence",
    [
        '"We look forward to working with President Ana Lenz," the Norwegian embassy said.',
        "Norway said it looked forward to cooperating with Ana Lenz on trade.",
    ],
)
def test_looking_forward_to_work_with_one_supports_them(
    extractor: Extractor, sentence: str
) -> None:
    found = extractor(Article("t", sentence + "\n")).stances
    assert [s.polarity for s in found if s.target == "ana-lenz"] == ["support"]
