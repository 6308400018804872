"""A speaker the parser hung its cue on as a modifier (sentences of our own): "Her parliamentary
faction alleged there had been vote buying and it would mount a legal challenge" is the
faction's report, a group's, and not also that of whoever "it" might be; "her" of nobody known
is no other body the story names."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.said import said

CLAIM = (
    "Her parliamentary faction alleged there had been massive vote buying by the governing camp "
    "and it would mount a legal challenge to protect the right to honest elections."
)
TEXT = (
    "Opposition leader Maria Lindqvist told the Baltic Times on Monday that she would not "
    "concede the runoff.\n\n" + CLAIM
)


def test_the_faction_alone_alleges_it(extractor: Extractor) -> None:
    found = [n for n, q in said(extractor, TEXT) if "vote buying" in q.span.text]
    assert found == ["Maria Lindqvist's parliamentary faction"]


def test_a_faction_is_a_group(extractor: Extractor) -> None:
    actors = {a.name: a.type for a in extractor(Article("t", TEXT)).actors}
    assert actors["Maria Lindqvist's parliamentary faction"] == "Group"


def test_her_faction_is_no_outlet(extractor: Extractor) -> None:
    text = "Opposition leader Maria Lindqvist lost, the Baltic Times reported.\n\n" + CLAIM
    assert [n for n, q in said(extractor, text) if "vote buying" in q.span.text] == []
