"""The press speaks as itself: "state television said", "Azeri television reported", "local
radio said" are the outlets speaking, a described speaker of their own, like "state media said".
Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "speaker", ["State television", "Kelmish television", "Local radio", "State media"]
)
def test_a_broadcaster_speaks(extractor: Extractor, speaker: str) -> None:
    text = f"Protests spread across the capital.\n\n{speaker} said a man died in street fighting.\n"
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    assert [(names[q.speaker], text[q.span.start : q.span.end]) for q in result.quotes] == [
        (speaker, "a man died in street fighting")
    ]


def test_a_television_set_is_no_speaker(extractor: Extractor) -> None:
    # The set is a thing in the hall: the one who said is the official.
    text = "The television in the hall showed the count, and an official said it was fair."
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    assert [names[q.speaker] for q in result.quotes] == ["official"]
