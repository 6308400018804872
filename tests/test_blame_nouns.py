"""Blame as a noun: "laid the blame for the crisis on X", "declared the responsibility of X for
the collapse" are the layer's stance against X; "X bears full responsibility for ..." is a
speaker's, no one's when narrated (issue 12.1). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    "text",
    [
        "Vestia laid the blame for the crisis on Norland.",
        "Vestia placed the responsibility for the collapse on Norland.",
        "Vestia declared the responsibility of Norland for the destruction of the talks.",
        "Vestia said Norland bears full responsibility for the crisis.",
    ],
)
def test_blame_laid_on_an_actor_opposes_it(extractor: Extractor, text: str) -> None:
    assert ("Vestia", "oppose", "Norland") in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norland bears full responsibility for the crisis.",
        "Vestia declared the responsibility of Norland.",
        "Vestia did not lay the blame for the crisis on Norland.",
    ],
)
def test_no_blame_laid_is_no_stance(extractor: Extractor, text: str) -> None:
    assert not any(t == "Norland" and p == "oppose" for _, p, t in stance_triples(extractor, text))
