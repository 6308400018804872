"""Protesting or condemning a fault of the vote alleges it, and a vote called chaotic or flawed
was not free and fair (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_LEAD = "Benin voted for a president on Sunday, and Beninese officials counted ballots.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Union Front staged a march to protest the alleged vote-rigging.",
        "The Union Front condemned the cheating in the northern districts.",
    ],
)
def test_protesting_a_fault_alleges_it(extractor: Extractor, sentence: str) -> None:
    found = extractor(Article("t", _LEAD + sentence))
    assert {(s.source, s.target, s.polarity) for s in found.stances} == {
        ("union-front", "benin-results-are-valid", "oppose")
    }


@pytest.mark.parametrize("word", ["chaotic", "deeply flawed", "shambolic"])
def test_a_vote_called_chaotic_was_not_free_and_fair(extractor: Extractor, word: str) -> None:
    sentence = f"Opposition leader Ruth Dossou said the election was {word}."
    found = extractor(Article("t", _LEAD + sentence))
    assert {(s.source, s.target, s.polarity) for s in found.stances} == {
        ("ruth-dossou", "benin-election-was-free-and-fair", "oppose")
    }


def test_condemning_allegations_of_a_fault_denies_it(extractor: Extractor) -> None:
    sentence = "The Union Front condemned the allegations of fraud as lies."
    found = extractor(Article("t", _LEAD + sentence))
    assert {(s.source, s.target, s.polarity) for s in found.stances} == {
        ("union-front", "benin-results-are-valid", "support")
    }
