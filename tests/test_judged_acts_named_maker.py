"""A speaker's adjective of fault on an act whose maker is named in it opposes the maker: "It is
an unfair decision by X", "This is a shameful campaign by X", "A disappointing decision by X"
(a fault of a measure, said of an act). No maker named, or the speaker's own act: no stance."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {(names[s.source], s.polarity, names.get(s.target, s.target)) for s in result.stances}


@pytest.mark.parametrize(
    "words",
    [
        "It is an unfair decision by Norway",
        "This is a shameful campaign by Norway to ruin our business",
        "A disappointing decision by Norway",
        "What a disappointing ruling by Norway",
    ],
)
def test_a_faulted_act_opposes_its_named_maker(extractor: Extractor, words: str) -> None:
    text = f'"{words}," said Ana Reyes, the chief executive of Tecnova.'
    assert ("Ana Reyes", "oppose", "Norway") in stances(extractor, text)


@pytest.mark.parametrize(
    "words",
    [
        "It is a disappointing decision",
        "We made a disappointing start",
        "It is a disappointing decision, but we accept it",
        "It is not an unfair decision by Norway, it is a brave one",
        "Nobody thinks this is an unfair decision by Norway",
    ],
)
def test_no_maker_named_or_a_denied_fault_no_stance(extractor: Extractor, words: str) -> None:
    text = f'"{words}," said Ana Reyes, the chief executive of Tecnova.'
    assert not {s for s in stances(extractor, text) if s[0] == "Ana Reyes" and s[2] != "Tecnova"}
