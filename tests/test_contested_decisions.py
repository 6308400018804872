"""Contesting a decision opposes whoever made it: "will appeal the decision", "took issue
with the ruling", "a decision the company said it would appeal" (issue 12.2). The maker is
the one the phrase names ("the authority's ruling") or the one who just decided. Sentences
are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {(names[s.source], s.polarity, names.get(s.target, s.target)) for s in result.stances}


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
