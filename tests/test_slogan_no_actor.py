"""A word shouted and quoted whole ('shouting "Revolution!"', sentences of our own) is a
slogan, no actor, and takes or receives no stance."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_cry_quoted_whole_is_no_actor(extractor: Extractor) -> None:
    text = (
        "Several thousand people protested in central Minsk against what they said was a "
        'fraudulent parliamentary election, shouting "Revolution!" and calling for an end to '
        "the president's rule. Belarus's foreign ministry condemned the protest."
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert "Revolution" not in names
