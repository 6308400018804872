"""Who denies the accusations against them opposes the claim that they are true; the accused
is the one "against" names, never a pronoun's guess; a denial not made, or of election fraud,
or whose accuser is named, is no such claim."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = "ROME (Reuters) - Prosecutors widened their inquiry on Monday. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Norvik Holdings has always denied any wrongdoing.", "Norvik Holdings"),
        ("Former minister Ana Ruiz denies the accusations.", "Ana Ruiz"),
        (
            "Norvik Holdings rejected the allegations against its founder, Marco Neri.",
            "Marco Neri",
        ),
    ],
)
def test_a_denial_opposes_the_accusations(
    extractor: Extractor, sentence: str, expected: str
) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    claim = expected.lower().replace(" ", "-") + "-accusations-are-true"
    assert any(t[1] == "oppose" and t[2] == claim for t in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Former minister Ana Ruiz did not deny the accusations.",
        "Ana Ruiz dismissed the allegations against him as a smear.",
        "Ana Ruiz denied the allegations made by the Consumer Action Centre.",
        "Ana Ruiz denied the Consumer Action Centre's accusation of fraud.",
    ],
)
def test_no_accusation_claim(extractor: Extractor, sentence: str) -> None:
    found = stance_triples(extractor, _LEAD + sentence)
    assert not {t for t in found if t[2].endswith("-accusations-are-true")}
