"""A win told as what follows from a condition is no claim that anyone won (sentences of our
own): "If we stay united, we will win," the candidate told the rally; a concession ("even if")
leaves the main clause asserted."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = "Peru held a presidential election on Sunday, and the count is not over.\n\n"


def test_a_win_under_a_condition_is_no_claim(extractor: Extractor) -> None:
    text = _LEAD + '"If we stay united, we will win," Tomas Ferro told supporters in Lima.'
    found = stance_triples(extractor, text)
    assert not any(target.endswith("won-the-election") for _, _, target in found)


def test_a_win_said_outright_is_still_claimed(extractor: Extractor) -> None:
    text = _LEAD + '"We won this election," Tomas Ferro told supporters in Lima.'
    found = stance_triples(extractor, text)
    assert ("Tomas Ferro", "support", "tomas-ferro-won-the-election") in found


def test_a_win_claimed_as_if_is_still_claimed(extractor: Extractor) -> None:
    text = _LEAD + "Tomas Ferro claimed he won the election, as if the count were over."
    found = stance_triples(extractor, text)
    assert ("Tomas Ferro", "support", "tomas-ferro-won-the-election") in found
