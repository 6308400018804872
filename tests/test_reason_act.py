"""The act a verb's reason names is its object's, not its subject's (sentences of our own):
"praised X for backing Y" is X with Y; "fined X for favouring its own brands" is no stance of
the one who fines on the brands, and one's own thing is no issue."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def _triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {(s.source, s.target, s.polarity) for s in extractor(Article("t", text)).stances}


def test_the_reason_s_act_is_the_object_s(extractor: Extractor) -> None:
    found = _triples(extractor, "Senator Ana Lenz praised Tom Reyes for backing Mia Kerr.\n")
    assert ("tom-reyes", "mia-kerr", "support") in found


def test_one_s_own_thing_is_no_issue(extractor: Extractor) -> None:
    text = "The Trade Council fined Delmar Foods on Monday for favouring its own brands.\n"
    found = _triples(extractor, text)
    assert not [t for t in found if "brands" in t[1]]
