"""A threat a speaker makes against someone: "X will pay a heavy price", "X will face the
consequences", "we will make him pay" ("X will be held accountable" is blame: ``stance_blame``).

The one threatened is the subject of what is to come (or the one made to pay), and the speaker
who says it opposes them. Only a fate dealt, to come and asserted counts: "X paid a heavy price"
tells what befell X, "we will pay the price" is the speaker's own fate, "Zambians will pay the
price for the drought" and "the consequences of the crisis" are what a thing brings, and "X will
not face consequences" or "without reforms X would pay" threaten no one.
"""

from __future__ import annotations

from typing import Any

from graph.extract.negation import negated
from graph.extract.reported_acts import SELF_WORDS
from graph.extract.stance_scope import Scope, stance_of
from graph.model import Quote

__all__ = ["read_threat"]

# What is to befall the one threatened: (verb, the lemma of its object).
_FATES = frozenset({("pay", "price"), ("face", "consequence"), ("bear", "consequence")})
_TO_COME = frozenset({"will", "'ll", "shall", "must", "should"})
# A fate's cause that is the threatened one's own doing: "for this betrayal", "of his actions".
_OWN_ACTS = frozenset(
    {"action", "act", "crime", "betrayal", "decision", "behaviour", "behavior", "move", "attack",
     "provocation", "aggression", "conduct", "deed", "choice", "opportunism", "interference"}
)  # fmt: skip


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
    fates = [c for c in verb.children if c.dep_ == "dobj" and (lemma, c.lemma_.lower()) in _FATES]
    if not fates or negated(verb) or _without(verb) or not all(_meted_out(f, verb) for f in fates):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "make":
        return subject if _to_come(verb.head) else None  # "will make him pay a heavy price"
    if verb.dep_ == "conj" and subject is None:
        return None
    return subject if _to_come(verb) else None


def _meted_out(fate: Any, verb: Any) -> bool:
    """A fate dealt by someone, not one a thing brings: "a heavy price" (for whatever), "the
    price for this betrayal", "the consequences (of his actions)"; not "the price for the
    drought" nor "the consequences of the energy crisis"."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in fate.children):
        return True
    causes = [g for h in (fate, verb) for c in h.children
              if c.dep_ == "prep" and c.lower_ in ("for", "of")
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if causes:
        return all(_own_act(g) for g in causes)
    return fate.lemma_.lower() != "price"


def _own_act(cause: Any) -> bool:
    """Something the threatened did: "his actions", "this betrayal", "what he did"."""
    owned = any(c.dep_ == "poss" for c in cause.children)
    return owned or cause.lemma_.lower() in _OWN_ACTS or cause.lower_ in ("what", "this", "that")


def _without(verb: Any) -> bool:
    """ "Without reforms, X would pay a heavy price": a forecast of a lack, no threat."""
    return any(c.dep_ == "prep" and c.lower_ == "without" for c in verb.children)


def _to_come(verb: Any) -> bool:
    """ "will pay", "must face", "should face"; in reported words "would pay" too ("said X would
    pay a heavy price")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    reported = verb.dep_ == "ccomp" and "would" in auxes
    return bool(auxes & _TO_COME) or reported
