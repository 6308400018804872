"""A judged act named only by its noun ("called the move reckless", "labelled the move as a
protectionist act") is the doer's of the act told just before: the judge opposes them. With no
act told before, the noun names no one. Sentences are our own.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_ACT = "The Kestrel Commission announced higher duties on Norland cars on Tuesday. "


@pytest.mark.parametrize(
    "judgement",
    [
        'Norland called the move "reckless."',
        'Norland labelled the move as a "protectionist act."',
        "Norland described the decision as unjustified.",
    ],
)
def test_the_move_judged_is_the_doers(extractor: Extractor, judgement: str) -> None:
    found = stance_triples(extractor, _ACT + judgement)
    assert ("Norland", "oppose", "Kestrel Commission") in found, found


def test_a_move_with_no_act_before_names_no_one(extractor: Extractor) -> None:
    found = stance_triples(extractor, 'Norland called the move "reckless."')
    assert not [t for t in found if t[0] == "Norland"], found
