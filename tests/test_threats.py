"""A speaker who threatens someone opposes them (issue 12).

"X will pay a heavy price", "we will make him pay a heavy price", "X will face the
consequences" (and, read as blame, "X would be held accountable"): the speaker opposes X. What already befell X ("paid a heavy
price") and the speaker's own fate ("we will pay the price") threaten no one. Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples as stances


@pytest.mark.parametrize(
    "text",
    [
        "Senate speaker Tomas Berg will pay a heavy price for his trip to Taiwan, the Chinese "
        "foreign minister Wang Li said on Monday.",
        "Tomas Berg arrived in Taipei on Sunday.\n\n“The Chinese government will make him pay a "
        "heavy price for his behaviour,” Wang Li said.",
        "Wang Li said Tomas Berg would be held accountable for the visit.",
        "Wang Li said Tomas Berg will face the consequences of the visit.",
    ],
)
def test_a_threat_opposes_the_one_threatened(extractor: Extractor, text: str) -> None:
    assert ("Wang Li", "oppose", "Tomas Berg") in stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berg paid a heavy price for his trip, Wang Li said.",
        "“We will pay the price for this,” Wang Li said after meeting Tomas Berg.",
    ],
)
def test_a_fate_told_or_ones_own_is_no_threat(extractor: Extractor, text: str) -> None:
    assert ("Wang Li", "oppose", "Tomas Berg") not in stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "“Tomas Berg will not face consequences,” Wang Li said.",
        "“Tomas Berg will pay the price for the drought,” Wang Li said.",
        "“Tomas Berg will face the consequences of the energy crisis,” Wang Li said.",
        "“Without reforms, Tomas Berg would pay a heavy price,” Wang Li said.",
    ],
)
def test_a_fate_denied_brought_by_a_thing_or_conditional_is_no_threat(
    extractor: Extractor, text: str
) -> None:
    assert ("Wang Li", "oppose", "Tomas Berg") not in stances(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Wang Li said Tomas Berg would pay a heavy price for the visit.",
        "“Tomas Berg will pay a heavy price if he visits again,” Wang Li said.",
        "“Tomas Berg should face consequences for what he did,” Wang Li said.",
        "“Tomas Berg will pay the price for this betrayal,” Wang Li said.",
        "“Tomas Berg will face the consequences of his actions,” Wang Li said.",
    ],
)
def test_reported_conditional_and_deserved_threats_oppose(extractor: Extractor, text: str) -> None:
    assert ("Wang Li", "oppose", "Tomas Berg") in stances(extractor, text)
