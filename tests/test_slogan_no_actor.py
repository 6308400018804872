"""A word shouted and quoted whole ('shouting "Revolution!"', sentences of our own) is a
slogan, no actor, and takes or receives no stance."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_cry_quoted_whole_is_no_actor(extractor: Extractor) -> None:
    text = (
        'Crowds marched through the capital on Sunday night, chanting "Revolution!" and '
        "waving flags. Belarus's foreign ministry condemned the march."
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert "Revolution" not in names
