"""A challenge to a win: rejecting it backs the win, filing it disputes it (sentences of our
own); and a wire dateline whose date the copying site cut ("LIMA,  (Reuters) –") is no actor."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.datelines import dateline_end
from tests.rule_stances import stance_triples

_LEAD = "Peru held a presidential election in May.\n\n"
_WON = "ana-lenz-won-the-election"


@pytest.mark.parametrize("noun", ["challenge", "petition", "complaint"])
def test_rejecting_a_challenge_to_a_victory_backs_it(extractor: Extractor, noun: str) -> None:
    text = _LEAD + f"The Constitutional Court rejected an opposition {noun} to Ana Lenz's victory."
    found = stance_triples(extractor, text)
    assert ("Constitutional Court", "support", _WON) in found
    assert ("Constitutional Court", "oppose", _WON) not in found


def test_rejecting_the_victory_itself_disputes_it(extractor: Extractor) -> None:
    text = _LEAD + "The Green Front rejected Ana Lenz's victory."
    assert ("Green Front", "oppose", _WON) in stance_triples(extractor, text)


@pytest.mark.parametrize("space", [" ", "  "])
def test_a_wire_dateline_without_its_date_ends_before_the_sentence(space: str) -> None:
    text = f"LIMA,{space}(Reuters) – The court ruled on Thursday."
    assert text[dateline_end(text) :] == "The court ruled on Thursday."


def test_the_place_of_a_dateline_without_its_date_takes_no_stance(extractor: Extractor) -> None:
    text = "LIMA,  (Reuters) – Peru's top court rejected an opposition challenge to Ana Lenz's win."
    found = stance_triples(extractor, text)
    assert found and not any(source in ("LIMA", "Lima", "Reuters") for source, _, _ in found)
