"""Welcoming a decision stands with its maker, as contesting it opposes them (sentences of our
own): "The regulator fined the bank. The union welcomed the ruling" is the union with the
regulator; a welcome denied is none."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_LEAD = "The Competition Tribunal on Monday fined Delmar Foods for fixing bread prices.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Consumer Council welcomed the ruling.",
        "The Consumer Council was quick to hail the decision on Tuesday.",
        '"We applaud the tribunal\'s verdict," the Consumer Council said in a statement.',
    ],
)
def test_welcoming_a_decision_stands_with_its_maker(extractor: Extractor, sentence: str) -> None:
    found = extractor(Article("t", _LEAD + sentence))
    pairs = {(s.source, s.target, s.polarity) for s in found.stances}
    assert ("consumer-council", "competition-tribunal", "support") in pairs


def test_a_welcome_denied_is_no_stance(extractor: Extractor) -> None:
    found = extractor(Article("t", _LEAD + "The Consumer Council did not welcome the ruling."))
    assert not [s for s in found.stances if s.source == "consumer-council"]
