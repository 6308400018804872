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


def test_rejecting_an_accusation_told_in_a_that_clause_defends_its_accused(
    extractor: Extractor,
) -> None:
    text = "The Harbour Guild rejected accusations that Ivo Marsh had lied to the inspectors."
    found = stances(extractor, text)
    assert ("Harbour Guild", "support", "Ivo Marsh") in found
    assert ("Harbour Guild", "oppose", "Ivo Marsh") not in found


def test_the_accuser_in_a_relative_clause_is_not_the_accused(extractor: Extractor) -> None:
    text = "Ivo Marsh rejected the accusations that Lena Dahl made against the Harbour Guild."
    assert ("Ivo Marsh", "support", "Lena Dahl") not in stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh rejected accusations that the Harbour Guild had rigged the vote.",
        "Ivo Marsh rejected the accusations that Lena Dahl levelled against the Harbour Guild.",
    ],
)
def test_no_learned_stance_against_the_one_a_denied_accusation_charges(
    extractor: Extractor, text: str
) -> None:
    assert ("Ivo Marsh", "oppose", "Harbour Guild") not in stances(extractor, text)


def test_rejecting_someones_accusations_still_opposes_the_accuser(extractor: Extractor) -> None:
    text = "Ivo Marsh rejected Lena Dahl's accusations."
    assert ("Ivo Marsh", "oppose", "Lena Dahl") in stances(extractor, text)


def test_a_claim_denied_is_no_charge_to_defend(extractor: Extractor) -> None:
    text = "The Unity Party rejected claims that Maria Lopez had won the election."
    assert ("Unity Party", "oppose", "Maria Lopez") in stances(extractor, text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # an accuser's relative clause: the accuser is opposed, not defended
        (
            "Tom Bell rejected the accusations that Maria Lopez spread on social media.",
            ("Tom Bell", "oppose", "Maria Lopez"),
        ),
        # a charge with a tense or an object of its own defends the one it charges
        (
            "Tom Bell rejected accusations that Maria Lopez had made up the figures.",
            ("Tom Bell", "support", "Maria Lopez"),
        ),
        (
            "Tom Bell rejected accusations that Peru had plotted against Chile.",
            ("Tom Bell", "support", "Peru"),
        ),
    ],
)
def test_an_accusations_own_clause_or_its_makers(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stances(extractor, text)
