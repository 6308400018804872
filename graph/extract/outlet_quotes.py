"""An outlet quoting someone: "the paper quoted X as saying", "S, the daily quoted X as telling
supporters": the one quoted speaks, not the outlet that passes the words on."""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import SPEECH_VERBS

__all__ = ["QUOTING", "quoting_as"]

QUOTING = frozenset({"quote", "cite"})


def quoting_as(verb: Any) -> Any | None:
    """The one an outlet quotes when the words quoted hang on the outlet's own verb, before or
    after it ("S, the paper quoted X as telling supporters", "the paper cited X as saying"
    with the clause on "cited"): the object X, or None."""
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if as_ is None or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    telling = next((c for c in as_.children if c.tag_ == "VBG"), None)
    if telling is None or telling.lemma_.lower() not in SPEECH_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)
