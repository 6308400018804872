"""Rejecting another's accusations against Y defends Y (issue 12).

"The club firmly rejected his accusations against Berg": the club opposes the claim that the
accusations against Berg are true and supports Berg; the model's reading of the accuser's
target as the club's is contradicted and dropped. Denying the accusations against oneself
defends no one else. Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples as stances


@pytest.mark.parametrize(
    "text",
    [
        "The Lakeside Rowing Club said it regretted Ivo Ruiz's decision to quit, but firmly "
        "rejected his accusations against Hana Berg.",
        "The Lakeside Rowing Club dismissed Ivo Ruiz's allegations against Hana Berg.",
    ],
)
def test_rejecting_accusations_against_another_supports_them(
    extractor: Extractor, text: str
) -> None:
    found = stances(extractor, text)
    assert ("Lakeside Rowing Club", "support", "Hana Berg") in found, found
    assert ("Lakeside Rowing Club", "oppose", "Hana Berg") not in found, found
    assert ("Lakeside Rowing Club", "oppose", "hana-berg-accusations-are-true") in found, found


def test_denying_the_accusations_against_oneself_defends_no_one_else(
    extractor: Extractor,
) -> None:
    found = stances(extractor, "Coach Hana Berg denied the allegations against her club.")
    assert not any(p == "support" for _, p, _ in found), found


def test_a_possessed_charge_against_the_speaker_is_still_denied(extractor: Extractor) -> None:
    found = stances(extractor, "“Ivo Ruiz's accusations against me are false,” Hana Berg said.")
    assert ("Hana Berg", "oppose", "hana-berg-accusations-are-true") in found, found


def test_a_court_dismissing_charges_takes_no_side(extractor: Extractor) -> None:
    text = "The Zambian High Court dismissed the charges against opposition leader Hana Berg."
    assert not any(p == "support" for _, p, _ in stances(extractor, text))


def test_a_name_holding_court_is_no_court(extractor: Extractor) -> None:
    text = "Party spokeswoman Courtney Hale firmly rejected the accusations against Tomas Berg."
    assert ("Courtney Hale", "support", "Tomas Berg") in stances(extractor, text)
