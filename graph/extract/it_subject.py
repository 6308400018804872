"""A reporting "it" that opens its sentence: the body the sentence before was about.

"Hamas, which controls Gaza, has dropped a key demand that Israel first commit to a ceasefire.
Instead, it said it would ..." — "it" is Hamas, the subject of the main clause before, not
Israel, the subject of a clause inside it that happens to be named later.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable

__all__ = ["body_before"]

# Words a sentence may open with before its subject: "Instead, it said", "Later, it added".
_OPENERS = frozenset({"instead", "later", "meanwhile", "however", "separately", "also", "but"})


def body_before(table: ActorTable, pronoun: Any) -> str | None:
    """The body (not a person) that is the main subject of the sentence before, in the same
    paragraph, for an "it" that opens its own sentence; else None."""
    sent = pronoun.sent
    if pronoun.lower_ != "it" or not sent.start or "\n" in pronoun.doc[sent.start - 1].text:
        return None
    if any(not (t.is_punct or t.lower_ in _OPENERS) for t in pronoun.doc[sent.start : pronoun.i]):
        return None
    before = pronoun.doc[sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    keys = [table.key_at(s.idx, s.idx + len(s.text)) for s in subjects]
    found = [k for k in keys if k is not None and table.draft(k).type != "Person"]
    return found[0] if len(found) == 1 else None
