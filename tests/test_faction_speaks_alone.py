"""A speaker the parser hung its cue on as a modifier (sentences of our own): "Her parliamentary
faction alleged there had been fraud and it would take legal action" is the faction's report,
a group's, and not also that of whoever "it" might be."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.said import said

TEXT = (
    "Opposition leader Maria Lindqvist said on Monday that she would not concede the runoff.\n\n"
    "Her parliamentary faction alleged there had been widespread fraud by the ruling party's "
    "camp and it would take legal action to defend the right to fair elections."
)


def test_the_faction_alone_alleges_it(extractor: Extractor) -> None:
    found = [(name, q.span.text) for name, q in said(extractor, TEXT) if "fraud" in q.span.text]
    assert [name for name, _ in found] == ["Maria Lindqvist's parliamentary faction"]


def test_a_faction_is_a_group(extractor: Extractor) -> None:
    actors = {a.name: a.type for a in extractor(Article("t", TEXT)).actors}
    assert actors["Maria Lindqvist's parliamentary faction"] == "Group"


def test_her_is_no_outlet(extractor: Extractor) -> None:
    text = (
        "Opposition leader Maria Lindqvist lost the runoff, the Kyiv Courier reported.\n\n"
        "Her parliamentary faction alleged there had been widespread fraud by the ruling "
        "party's camp and it would take legal action to defend the right to fair elections."
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not any(name.startswith("Kyiv Courier'") for name in names)
