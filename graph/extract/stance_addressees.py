"""The one a hostile act is told to: "Spain told Morocco it would retaliate" opposes Morocco.

A threat announced to someone ("told X that it would retaliate", "warned X it would respond")
names no target of its own; the one told is its target, and the teller (the "it" that would
act) its source.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.stance_roles import negated
from graph.extract.syntax import subjects_of

__all__ = ["addressee_of"]

# Reporting verbs with an addressee: "told X (that) ...", "warned X that ...".
_ADDRESSING = frozenset({"tell", "warn", "inform", "notify", "remind", "assure"})


def addressee_of(token: Any, table: ActorTable) -> tuple[str | None, str] | None:
    """Who announces a reported act to whom: "Spain told Morocco it would retaliate" (Spain,
    Morocco); the one told is the one the act is aimed at when the act names no one itself."""
    told = token.head
    if token.dep_ != "ccomp" or told.lemma_.lower() not in _ADDRESSING or negated(told):
        return None
    teller = next((s for s in subjects_of(told)), None)
    by = table.key_at(teller.idx, teller.idx + len(teller.text)) if teller is not None else None
    for child in told.children:
        if child.dep_ in ("dobj", "dative"):
            key = table.key_at(child.idx, child.idx + len(child.text))
            if key is not None:
                return (table.id_of(by) if by is not None else None), table.id_of(key)
    return None
