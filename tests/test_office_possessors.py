"""An office holder named by "the" and the office owns what is judged (sentences of our own):
"refuted the president's allegations" is a stance on the one president the story names; an
office no one holds in the story is no one."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import rule_targets, stance_triples


def test_the_offices_possessive_is_its_holder(extractor: Extractor) -> None:
    text = (
        "President Ines Ralt accused Norland of meddling in the vote. Prime Minister Tom Hale "
        "refuted the president's allegations on Monday."
    )
    assert ("Tom Hale", "oppose", "Ines Ralt") in stance_triples(extractor, text)


def test_an_office_no_one_holds_is_no_one(extractor: Extractor) -> None:
    text = "Prime Minister Tom Hale refuted the president's allegations on Monday."
    assert rule_targets(extractor, text) == set()
