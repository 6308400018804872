"""A body called by its head noun with a qualifier its name lacks is not that body.

"The international community has stated ..." after the Caribbean Community is not CARICOM: the
adjective "international" is not in its name, so the phrase describes some other collective.
"The federation said" (no qualifier) and "the national federation said" after the National
Teachers Federation still name the federation.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.kindred_bodies import body_called

__all__ = ["body_qualified"]


def body_qualified(table: ActorTable, subject: Any, noun: str, offset: int) -> str | None:
    """``body_called`` for the subject token ``subject``, unless an adjective on it is in
    neither the body's name nor its aliases."""
    key = body_called(table, noun, offset)
    if key is None:
        return None
    adjectives = {c.lower_ for c in subject.children if c.dep_ == "amod" and c.pos_ == "ADJ"}
    if not adjectives:
        return key
    draft = table.draft(key)
    words = {w for n in (draft.name, *draft.aliases) for w in n.lower().split()}
    return key if adjectives <= words else None
