"""A fault one could not prove is no fact, and people are no issue (sentences of our own):
"the court said X had not been able to prove that fraud had taken place" alleges no fraud;
"jailed many of his opponents" takes no stance on a claim "many of his opponents"."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_LEAD = "Malawi held a presidential election in May, and Malawian officials counted ballots.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The court said that Joyce Mbewe had not been able to prove that fraud had taken place.",
        "The court said that Joyce Mbewe had failed to show that fraud had taken place.",
    ],
)
def test_a_fault_not_proven_is_alleged_by_no_one(extractor: Extractor, sentence: str) -> None:
    found = extractor(Article("t", _LEAD + sentence + "\n")).stances
    wrong = ("malawi-results-are-valid", "oppose")
    assert wrong not in {(s.target, s.polarity) for s in found}


def test_people_taken_in_part_are_no_issue(extractor: Extractor) -> None:
    text = _LEAD + "President Joyce Mbewe, who jailed many of her political opponents, lost.\n"
    found = extractor(Article("t", text)).stances
    assert not [s for s in found if "opponents" in s.target]
