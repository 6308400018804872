"""Hostility both ways: "X and Y traded accusations", "X exchanged insults with Y".

To trade or exchange accusations, insults, barbs, threats or blame is to oppose each other:
each of the two sides against the other. The sides are the verb's coordinated subjects, or its
subject and the object of its "with" phrase.
"""

from __future__ import annotations

from typing import Any

from graph.extract.negation import negated
from graph.extract.stance_scope import Scope, stance_of
from graph.extract.syntax import subjects_of
from graph.model import Quote

__all__ = ["read_exchange"]

_EXCHANGING = frozenset({"trade", "exchange", "swap"})
_HOSTILITIES = frozenset(
    {"accusation", "insult", "barb", "jibe", "threat", "blame", "charge", "criticism", "blow",
     "recrimination", "taunt", "fire", "attack", "allegation"}
)  # fmt: skip


def read_exchange(token: Any, quote: Quote | None, scope: Scope) -> bool:
    """Each side's opposition to the other, when ``token`` trades hostilities; whether it did."""
    if token.lemma_.lower() not in _EXCHANGING or negated(token):
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _HOSTILITIES for c in token.children):
        return False
    sides = [*subjects_of(token)]
    sides += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    keys = []
    for side in sides:
        key = scope.resolver.resolve(side)
        if key is not None and scope.table.id_of(key) not in keys:
            keys.append(scope.table.id_of(key))
    if len(keys) != 2:
        return False
    for source, target in (keys, keys[::-1]):
        scope.add(stance_of(source, target, "oppose", token, quote, scope, 0.6))
    return True
