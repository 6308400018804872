"""A quoted speaker's feeling about a fact put after "it is ... that" ("It is disappointing
that the X Union is striking") is a stance on the fact's subject (issue 12.1). Sentences are
our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {
        (names.get(s.source, s.source), s.polarity, names.get(s.target, s.target))
        for s in result.stances
    }


@pytest.mark.parametrize(
    ("feeling", "polarity"),
    [("disappointing", "oppose"), ("deeply regrettable", "oppose"), ("encouraging", "support")],
)
def test_a_feeling_about_a_fact_is_a_stance_on_its_subject(
    extractor: Extractor, feeling: str, polarity: str
) -> None:
    text = f'"It is {feeling} that the Lakeside Teachers Union is striking," Jon Dale said.'
    assert ("Jon Dale", polarity, "Lakeside Teachers Union") in stances(extractor, text)


def test_a_denied_feeling_is_none(extractor: Extractor) -> None:
    text = '"It is not disappointing that the Lakeside Teachers Union is striking," Jon Dale said.'
    assert not any(t == "Lakeside Teachers Union" for _, _, t in stances(extractor, text))


def test_narrated_it_is_no_one_s(extractor: Extractor) -> None:
    text = "It is disappointing that the Lakeside Teachers Union is striking."
    assert stances(extractor, text) == set()
