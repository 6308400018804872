""""They" is a body or a group, never one country (sentences of our own): after "... in the face
of international monitors", "They urged her to accept defeat" is nobody the table names, not
the country the story is about."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_they_is_no_single_country(extractor: Extractor) -> None:
    text = (
        "Ukraine held a presidential runoff on Sunday, and Viktor Lenko was declared the "
        "winner over Yulia Marko.\n\nMarko has ignored calls to concede in the face of "
        "international monitors. They hailed the election as a display of democracy and "
        "urged her to accept defeat.\n"
    )
    found = extractor(Article("t", text))
    assert "ukraine" not in {q.speaker for q in found.quotes}
    assert "ukraine" not in {s.source for s in found.stances}


def test_they_after_a_union_is_the_union(extractor: Extractor) -> None:
    text = (
        "The Dockers Union met port bosses in Ukraine on Monday. They said the strike would "
        "go on.\n"
    )
    assert [q.speaker for q in extractor(Article("t", text)).quotes] == ["dockers-union"]
