"""A speaker's verdict on someone's choice: "X made the right call", "they got it wrong".

A quoted or reported speaker who says an actor made the right (or wrong) call, decision or
choice, got it right (or wrong), called it right, or did a good (or poor) job judges that
actor: support for a choice judged right, opposition to one judged wrong. Only a speaker
judges so; the narrator's words ("the board made the right call") are no one's stance. A
negated verdict ("did not make the right call") turns the polarity; one asked, wished or
supposed ("Did X make the right call?", "if X gets it wrong") is none (``negation.asserted``).
"""

from __future__ import annotations

from typing import Any

from graph.extract.negation import asserted, negated
from graph.extract.stance_scope import Scope, stance_of
from graph.extract.syntax import subjects_of
from graph.model import Quote

__all__ = ["read_choice"]

_CHOICES = frozenset({"call", "decision", "choice", "move", "judgment", "judgement"})
_RIGHT = frozenset({"right", "correct", "wise", "good", "sensible", "brave", "proper", "fair"})
_WRONG = frozenset({"wrong", "bad", "poor", "terrible", "incorrect", "unfair", "awful", "dreadful"})
_JOB_RIGHT = frozenset({"good", "great", "fantastic", "excellent", "brilliant", "superb", "fine"})
_JOB_WRONG = frozenset({"poor", "bad", "terrible", "awful", "dreadful", "lousy"})


def read_choice(token: Any, quote: Quote | None, scope: Scope) -> bool:
    """The speaker's stance on the one whose choice ``token`` judges; whether it did."""
    polarity = _verdict(token) if quote is not None else None
    if polarity is None or not asserted(token):
        return False  # "Did X make the right call?", "if X gets it wrong", "X must get it right"
    subject = next(iter(subjects_of(token)), None)
    key = scope.resolver.resolve(subject) if subject is not None else None
    if key is None:
        return False
    target = scope.table.id_of(key)
    if target == quote.speaker:
        return False  # "we made the right call": one's own choice defended
    if negated(token):
        polarity = "oppose" if polarity == "support" else "support"
    scope.add(stance_of(quote.speaker, target, polarity, token, quote, scope, 0.6))
    return True


def _verdict(token: Any) -> str | None:
    """ "made the right call", "got it wrong", "called it right", "did a good job": the
    polarity of the verdict ``token`` heads, or None."""
    lemma = token.lemma_.lower()
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if lemma == "make":
        for obj in objects:
            if obj.lemma_.lower() in _CHOICES:
                return _judged(obj, _RIGHT, _WRONG)
    if lemma == "do":
        for obj in objects:
            if obj.lemma_.lower() == "job":
                return _judged(obj, _JOB_RIGHT, _JOB_WRONG)
    if lemma in ("get", "call") and any(o.lower_ == "it" for o in objects):
        words = {c.lower_ for c in token.children if c.dep_ in ("advmod", "acomp", "oprd", "ccomp")}
        words |= {c.lower_ for o in objects for c in o.children if c.dep_ in ("amod", "advmod")}
        if words & {"right", "correct"}:
            return "support"
        if "wrong" in words:
            return "oppose"
    return None


def _judged(noun: Any, right: frozenset[str], wrong: frozenset[str]) -> str | None:
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "advmod")}
    if words & right:
        return "support"
    if words & wrong:
        return "oppose"
    return None
