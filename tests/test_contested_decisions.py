"""Contesting a decision opposes whoever made it: "will appeal the decision", "took issue
with the ruling", "a decision the company said it would appeal" (issue 12.2). The maker is
the one the phrase names ("the authority's ruling") or the one who just decided. Sentences
are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples as stances

LEAD = (
    "The Competition Authority on Tuesday blocked Veltrana's $6 billion takeover of Corvex, "
    "saying the deal would raise prices.\n\n"
)


@pytest.mark.parametrize(
    "contest",
    [
        "Veltrana said it would appeal the decision.",
        "Veltrana took issue with the decision.",
        "Veltrana will challenge the ruling in court, its lawyers said.",
    ],
)
def test_contesting_the_decision_opposes_its_maker(extractor: Extractor, contest: str) -> None:
    found = stances(extractor, LEAD + contest + "\n")
    assert ("Veltrana", "oppose", "Competition Authority") in found


def test_a_decision_named_with_its_maker(extractor: Extractor) -> None:
    text = "Orebank said on Monday it would appeal the High Court's ruling on its mining licence.\n"
    assert ("Orebank", "oppose", "High Court") in stances(extractor, text)


def test_a_decision_the_contester_said_it_would_appeal(extractor: Extractor) -> None:
    text = (
        "The Trade Commission has fined Veltrana Pharmaceuticals a record $2 billion for abusing "
        "its market power, a decision the drugmaker immediately said it would appeal.\n"
    )
    assert ("Veltrana Pharmaceuticals", "oppose", "Trade Commission") in stances(extractor, text)


def test_not_appealing_is_no_stance(extractor: Extractor) -> None:
    found = stances(extractor, LEAD + "Veltrana said it would not appeal the decision.\n")
    assert ("Veltrana", "oppose", "Competition Authority") not in found


@pytest.mark.parametrize("appellant", ["Ruiz", "She"])
def test_an_appeal_with_no_object_contests_the_last_decision_against_the_appellant(
    extractor: Extractor, appellant: str
) -> None:
    text = (
        "Ana Ruiz was suspended for four years last September by the Athletics Integrity Unit.\n\n"
        f"{appellant} appealed to the Court of Arbitration for Sport in February, arguing that "
        "the test was flawed.\n"
    )
    found = stances(extractor, text)
    assert ("Ana Ruiz", "oppose", "Athletics Integrity Unit") in found
    assert ("Ana Ruiz", "oppose", "Court of Arbitration for Sport") not in found


def test_appealing_for_calm_contests_nothing(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz was suspended for four years last September by the Athletics Integrity Unit.\n\n"
        "Ruiz appealed for calm among her supporters.\n"
    )
    assert ("Ana Ruiz", "oppose", "Athletics Integrity Unit") not in stances(extractor, text)


def test_a_decision_that_declares_a_vote_void_has_its_maker(extractor: Extractor) -> None:
    # "declared the referendum “null and void”": the parse makes the verdict a clause with no
    # verb; it is the decision made, not a finding told.
    text = (
        "Zambia’s President Ana Lungu on Friday declared the referendum “null and void” and "
        "called for a new ballot, but the supreme court rejected the decision.\n"
    )
    found = stances(extractor, text)
    assert ("Supreme Court of Zambia", "oppose", "Ana Lungu") in found
