"""A loser's own defeat stands for the results that tell it (sentences of our own): "challenged
his own defeat" disputes them, "accepted her loss" upholds them; the defeat of a bill is no
election's."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_LEAD = "Fiji voted in a general election in December, and Fijian officials counted for a week.\n\n"


@pytest.mark.parametrize(
    ("sentence", "polarity"),
    [
        ("Prime Minister Viliame Naupoto challenged his own defeat in the courts.", "oppose"),
        ("Viliame Naupoto said on Friday he would contest his loss.", "oppose"),
        ("Viliame Naupoto accepted his defeat on Friday.", "support"),
    ],
)  # fmt: skip
def test_a_loser_s_own_defeat_is_the_results(
    extractor: Extractor, sentence: str, polarity: str
) -> None:
    found = extractor(Article("t", _LEAD + sentence))
    assert {(s.source, s.target, s.polarity) for s in found.stances} == {
        ("viliame-naupoto", "fiji-results-are-valid", polarity)
    }


def test_the_defeat_of_a_bill_is_no_election_s(extractor: Extractor) -> None:
    found = extractor(Article("t", _LEAD + "Viliame Naupoto challenged the defeat of the bill."))
    assert not [s for s in found.stances if s.target.startswith("fiji-")]
