"""A verdict followed by a comment that denies it is the speaker's denial (sentences of our own):
"the world says the vote was fair, which is not true" opposes the verdict; a relative clause
that only describes ("which was held in May") leaves it as said."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_LEAD = "Peru held a presidential election on Sunday.\n\n"
_FAIR = "peru-election-was-free-and-fair"


@pytest.mark.parametrize(
    "comment", ["which is not true", "which was false", "which is a lie", "which is not the case"]
)
def test_a_verdict_called_untrue_is_denied(extractor: Extractor, comment: str) -> None:
    quote = f'"Everyone is saying this vote was free and fair, {comment}," Tomas Ferro said.'
    found = stance_triples(extractor, _LEAD + quote)
    assert ("Tomas Ferro", "oppose", _FAIR) in found
    assert ("Tomas Ferro", "support", _FAIR) not in found


def test_a_describing_clause_leaves_the_verdict(extractor: Extractor) -> None:
    quote = '"This vote, which was held in May, was free and fair," Tomas Ferro said.'
    assert ("Tomas Ferro", "support", _FAIR) in stance_triples(extractor, _LEAD + quote)


def test_a_comment_on_a_noun_inside_leaves_the_verdict(extractor: Extractor) -> None:
    text = _LEAD + (
        "Observers said the vote was fair, though the count, which was not accurate at first, "
        "took days."
    )
    found = stance_triples(extractor, text)
    assert ("Observers", "support", _FAIR) in found
    assert ("Observers", "oppose", _FAIR) not in found
