"""Congratulations offered to no one named go to the winner the text has just named: "the
recognition of X's win; Y offered his congratulations" is Y's support of X. Sentences are our
own."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {(names.get(s.source, s.source), s.polarity, names.get(s.target, s.target))
            for s in result.stances}  # fmt: skip


def test_congratulations_to_no_one_named_go_to_the_winner_just_named(
    extractor: Extractor,
) -> None:
    text = (
        "Leaders abroad were quick to welcome Ana Phiri's victory in Zambia. The Kenyan "
        "president, Tom Wekesa, offered his congratulations on Monday evening."
    )
    assert ("Tom Wekesa", "support", "Ana Phiri") in stances(extractor, text)


def test_congratulations_not_offered_support_no_one(extractor: Extractor) -> None:
    text = (
        "Leaders abroad were quick to welcome Ana Phiri's victory in Zambia. The Kenyan "
        "president, Tom Wekesa, did not offer his congratulations."
    )
    assert not [s for s in stances(extractor, text) if s[0] == "Tom Wekesa"]
