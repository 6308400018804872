"""To abide by someone (or their ruling) is to back them; refusing to is to oppose them
(issue 12). Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {(names[s.source], s.polarity, names.get(s.target, s.target)) for s in result.stances}


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        (
            "Kenya's opposition leader Ana Ruiz has pledged to abide by the Supreme Court.",
            "support",
        ),
        ("Ana Ruiz refused to abide by the Supreme Court's ruling.", "oppose"),
    ],
)
def test_abiding_by_a_court_backs_it(extractor: Extractor, text: str, polarity: str) -> None:
    assert ("Ana Ruiz", polarity, "Supreme Court") in stances(extractor, text)
