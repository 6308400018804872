"""A quoted speaker's feeling about a fact put after "it is ... that" ("It is disappointing
that the X Union is striking") is a stance on the fact's subject (issue 12.1). Sentences are
our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    ("feeling", "polarity"),
    [("disappointing", "oppose"), ("deeply regrettable", "oppose"), ("encouraging", "support")],
)
def test_a_feeling_about_a_fact_is_a_stance_on_its_subject(
    extractor: Extractor, feeling: str, polarity: str
) -> None:
    text = f'"It is {feeling} that the Lakeside Teachers Union is striking," Jon Dale said.'
    assert ("Jon Dale", polarity, "Lakeside Teachers Union") in stance_triples(extractor, text)


def test_a_denied_feeling_is_none(extractor: Extractor) -> None:
    text = '"It is not disappointing that the Lakeside Teachers Union is striking," Jon Dale said.'
    assert not any(t == "Lakeside Teachers Union" for _, _, t in stance_triples(extractor, text))


def test_narrated_it_is_no_one_s(extractor: Extractor) -> None:
    text = "It is disappointing that the Lakeside Teachers Union is striking."
    assert stance_triples(extractor, text) == set()
