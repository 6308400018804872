"""Whether a stance word is turned: negated ("did not support"), governed by a verb that denies
it ("refused to recognise") or named as what there is no ground for ("no reason to accept").

>>> from graph.extract.nlp import load_pipeline
>>> (doc,) = load_pipeline().parse(["There is no legal basis to question the result."])
>>> no_reason(doc[6])
True
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import NEGATIONS, NEGATIVE_IMPLICATIVES

__all__ = ["implied_not", "is_turned", "negated", "no_reason"]

# What an act may be said to have no ground for: "no reason to accept", "no basis to question".
_GROUNDS = frozenset({"reason", "ground", "basis", "cause", "need", "justification"})


def negated(token: Any) -> bool:
    """'did not support', 'never backed' (not 'without specifying')."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for c in token.children
    )


def implied_not(token: Any) -> bool:
    """'refused to recognise', 'failed to support': the governing verb turns the stance."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.i != token.i
        and (head.lemma_.lower() in NEGATIVE_IMPLICATIVES) != negated(head)
    )


def no_reason(verb: Any) -> bool:
    """ "I don't see any reason why we should accept the results", "there is no basis to
    question them": the act is one its ground is denied for."""
    reason = verb.head
    if verb.dep_ not in ("relcl", "acl") or reason.lemma_.lower() not in _GROUNDS:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in reason.children):
        return True
    return reason.dep_ in ("dobj", "attr") and negated(reason.head)


def is_turned(token: Any) -> bool:
    """Whether the stance ``token`` states is turned, in any of the three ways above."""
    return negated(token) or implied_not(token) or no_reason(token)
