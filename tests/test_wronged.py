"""Whoever tells of a wrong done to someone takes no side against them (stance_victims):
"X said the people had been cheated" is no opposition of X to the people."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("Tomas Berg said Ruritanians had been cheated in a rigged election.", "Tomas Berg"),
        ("Tomas Berg said Kalilanders had been robbed of their victory.", "Tomas Berg"),
        (
            "The Liberty Front said Ruritanians were intimidated by soldiers at polling stations.",
            "Liberty Front",
        ),
        ("Ana Ruiz said soldiers had beaten Kalilanders at the border.", "Ana Ruiz"),
        ("Tomas Berg, the opposition leader, said Ruritanians had been cheated.", "Tomas Berg"),
    ],
)
def test_the_teller_of_a_wrong_does_not_oppose_the_wronged(
    extractor: Extractor, text: str, teller: str
) -> None:
    assert not any(s == teller and p == "oppose" for s, p, _ in rule_targets(extractor, text))


def test_the_doer_of_a_wrong_still_opposes_the_wronged(extractor: Extractor) -> None:
    edges = rule_targets(extractor, "Tomas Berg threatened Kalilanders with new tariffs.")
    assert ("Tomas Berg", "oppose", "Kalilanders") in edges


def test_welcoming_a_penalty_still_opposes_whom_it_falls_on(extractor: Extractor) -> None:
    text = "Tomas Berg welcomed the court ruling that punished the Liberty Front for fraud."
    assert ("Tomas Berg", "oppose", "Liberty Front") in rule_targets(extractor, text)
