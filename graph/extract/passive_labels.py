"""A label in the passive with no one named: 'the talks are being described as “the last chance”'.

Whoever described them is not said: the quotation is nobody's statement, and it does not go
on the words of whoever spoke just before.
"""

from __future__ import annotations

from typing import Any

from graph.extract.marks import QuoteMarks, labelling_verb_at

__all__ = ["unattributed_label"]


def unattributed_label(doc: Any, text: str, mark: QuoteMarks) -> bool:
    """Whether the quotation labels something through a passive verb with no "by" agent."""
    if mark.open_at is None or (at := labelling_verb_at(text, mark.open_at)) is None:
        return False
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    verb = span.root if span is not None else None
    if verb is None or verb.tag_ != "VBN":
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)
