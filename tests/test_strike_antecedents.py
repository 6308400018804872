"""A strike judged after the narration that told who called it is that caller's act (sentences
of our own): "the union called a strike ... the strike is unjustified"; a strike named with
another owner, or "their strike" of no resolved owner, is not the caller's."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import rule_targets

_CALLED = (
    "The National Union of Rail Workers called a national rail strike and walkout for next "
    "week.\n\n"
)
_UNION = "National Union of Rail Workers"


@pytest.mark.parametrize(
    "judged", ["the strike was completely unjustified", "this walkout was reckless"]
)
def test_a_judged_strike_is_its_callers(extractor: Extractor, judged: str) -> None:
    text = _CALLED + f"Transport minister Ann Kerr said {judged}."
    assert ("Ann Kerr", "oppose", _UNION) in rule_targets(extractor, text)


def test_the_strike_of_a_named_other_is_not_the_callers(extractor: Extractor) -> None:
    text = _CALLED + "Ann Kerr said the Aslef strike was completely unjustified."
    assert ("Ann Kerr", "oppose", _UNION) not in rule_targets(extractor, text)


def test_their_strike_is_no_antecedent_without_a_resolved_owner(extractor: Extractor) -> None:
    text = _CALLED + (
        "The nurses’ union also announced a walkout. Health minister Ann Kerr said their strike "
        "was reckless."
    )
    assert ("Ann Kerr", "oppose", _UNION) not in rule_targets(extractor, text)
