"""To abide by someone (or their ruling) is to back them; refusing to is to oppose them
(issue 12). Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples as stances


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


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said Tomas Berg must abide by the Supreme Court's ruling.",
        "Ana Ruiz warned that Tomas Berg would be arrested if he did not abide by the Supreme "
        "Court's ruling.",
    ],
)
def test_an_obligation_or_a_condition_to_abide_is_no_stance_on_the_court(
    extractor: Extractor, text: str
) -> None:
    assert not any(t == "Supreme Court" for _, _, t in stances(extractor, text))
