"""One a call is made to ("called for the two parties to resume talks", also with the parties
named in an aside before the infinitive) is asked to act, not backed; "voted for X" and a call
for a thing still back it."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def supported(extractor: Extractor, text: str) -> set[str]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {names.get(s.target, s.target) for s in result.stances if s.polarity == "support"}


@pytest.mark.parametrize(
    "text",
    [
        "Ana Reyes called for the Liberal Party and the Green Party to resume talks.",
        'Ana Reyes called for the two main parties - the Liberal Party and the Green Party - "to '
        'resume meaningful dialogue" urgently.',
    ],
)
def test_those_asked_to_act_are_not_backed(extractor: Extractor, text: str) -> None:
    assert not {"Liberal Party", "Green Party"} & supported(extractor, text)


def test_a_vote_for_someone_backs_them(extractor: Extractor) -> None:
    assert "Tomas Berg" in supported(
        extractor, "Ana Reyes voted for Tomas Berg to the dismay of her party."
    )
