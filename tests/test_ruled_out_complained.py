"""Two ways of taking a side on a vote's faults (sentences of our own): "ruled out
irregularities" rejects them, upholding the result; "complained of vote fraud" asserts them,
opposing it. A negated "might not rule out talks" is no stance."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = (
    "Jordan held a parliamentary election on March 3, and Jordanian officials counted ballots "
    "across Jordan.\n\n"
)
_VALID = "jordan-results-are-valid"


@pytest.mark.parametrize(
    ("sentence", "source", "polarity"),
    [
        ("Election monitors from the Arab League ruled out irregularities in the count.",
         "Arab League", "support"),
        ("The Civic Alliance complained of vote fraud in two provinces on Thursday.",
         "Civic Alliance", "oppose"),
        ("The Civic Alliance protested against rigging in three districts.", "Civic Alliance",
         "oppose"),
    ],
)  # fmt: skip
def test_a_fault_ruled_out_or_complained_of(
    extractor: Extractor, sentence: str, source: str, polarity: str
) -> None:
    assert (source, polarity, _VALID) in stance_triples(extractor, _LEAD + sentence)


def test_not_ruling_out_talks_is_no_stance(extractor: Extractor) -> None:
    text = (
        "The pilots' union rejected the airline's offer on Monday. The union might not rule "
        "out fresh talks with the new chief executive, its spokesman said."
    )
    assert not any(
        t == "fresh talks with the new chief executive"
        for _, _, t in stance_triples(extractor, text)
    )
