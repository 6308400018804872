"""A challenge to the results that a court rules on: the bringer disputes them and the court
that rejects or dismisses it upholds them (issue 12).

"The Supreme Court dismissed Ana Ruiz's petition against the election results", "rejected a
challenge to presidential election results brought by Ana Ruiz" (the parser hangs "brought by"
on the results). A court that only hears it upholds nothing. Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples as stances


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's Supreme Court dismissed Ana Ruiz's petition against the election results.",
        "Kenya's Supreme Court rejected a challenge to presidential election results brought by "
        "opposition leader Ana Ruiz.",
    ],
)
def test_a_rejected_challenge_is_the_bringers_dispute_and_the_courts_ruling(
    extractor: Extractor, text: str
) -> None:
    found = stances(extractor, text)
    assert ("Ana Ruiz", "oppose", "kenya-results-are-valid") in found, found
    assert ("Kenyan Supreme Court", "support", "kenya-results-are-valid") in found, found


def test_a_heard_challenge_upholds_nothing(extractor: Extractor) -> None:
    found = stances(
        extractor, "Kenya's Supreme Court heard Ana Ruiz's petition against the election results."
    )
    assert ("Ana Ruiz", "oppose", "kenya-results-are-valid") in found, found
    assert not any(p == "support" and t == "kenya-results-are-valid" for _, p, t in found), found


def test_a_court_that_could_reject_upholds_nothing(extractor: Extractor) -> None:
    text = (
        "Kenya's Supreme Court could reject Ana Ruiz's petition against the election results, "
        "analysts said."
    )
    found = stances(extractor, text)
    assert not any(p == "support" and t == "kenya-results-are-valid" for _, p, t in found), found
