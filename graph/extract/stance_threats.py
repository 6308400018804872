"""A threat a speaker makes against someone: "X will pay a heavy price", "X will face the
consequences", "we will make him pay" ("X will be held accountable" is blame: ``stance_blame``).

The one threatened is the subject of what is to come (or the one made to pay), and the speaker
who says it opposes them. Only words to come count: "X paid a heavy price" tells what befell X,
not a threat; "we will pay the price" is the speaker's own fate.
"""

from __future__ import annotations

from typing import Any

from graph.extract.reported_acts import SELF_WORDS
from graph.extract.stance_scope import Scope, stance_of
from graph.model import Quote

__all__ = ["read_threat"]

# What is to befall the one threatened: (verb, the lemma of its object).
_FATES = frozenset({("pay", "price"), ("face", "consequence"), ("bear", "consequence")})
_TO_COME = frozenset({"will", "would", "'ll", "shall", "must", "should"})


def read_threat(token: Any, quote: Quote, scope: Scope) -> bool:
    """Add the speaker's opposition to whom ``token`` threatens; whether it threatens anyone."""
    threatened = _threatened(token)
    if threatened is None or threatened.lower_ in SELF_WORDS:
        return False
    key = scope.resolver.resolve(threatened)
    if key is None:
        return False
    target = scope.table.id_of(key)
    if target == quote.speaker:
        return False
    scope.add(stance_of(quote.speaker, target, "oppose", token, quote, scope, 0.6))
    return True


def _threatened(verb: Any) -> Any | None:
    """The subject of a threatened fate, or whom it is made to befall ("make him pay")."""
    lemma = verb.lemma_.lower()
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    if not any((lemma, o) in _FATES for o in objects):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "make":
        return subject if _to_come(verb.head) else None  # "will make him pay a heavy price"
    if verb.dep_ == "conj" and subject is None:
        return None
    return subject if _to_come(verb) else None


def _to_come(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children)
