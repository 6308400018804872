"""A judge's ruling on an action brought against someone: "the tribunal rejected X's appeal
against Y" upholds Y, as "the court upheld X's complaint against Y" finds against Y.

Who rejects, dismisses or throws out an action against Y takes Y's side in that dispute; who
upholds or grants it takes the side against Y. The action's own stance (its bringer against Y)
is ``stance_actions``'; the ruling on its bringer is the verb's. A negated or only possible
ruling ("may reject", "did not dismiss") is none.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span
from graph.extract.lexicon import DOUBTFUL_MODALS
from graph.extract.negation import modal
from graph.extract.stance_actions import ACTIONS, STOPPAGES, action_target, subject_actor
from graph.extract.stance_roles import basis_of, date_of, negated
from graph.model import Quote, Span, Stance

__all__ = ["ruled_action"]

# Rulings that throw an action out, and that grant it.
_REJECTING = frozenset({"reject", "dismiss", "deny", "refuse", "overrule", "quash"})
_GRANTING = frozenset({"uphold", "grant", "allow", "accept"})


def ruled_action(token: Any, quote: Quote | None, table: ActorTable, text: str) -> Stance | None:
    """The ruler's stance on whom the action noun ``token`` is against, when a ruling verb
    takes it as its object ("rejected X's appeal against Y"), or None."""
    lemma = token.lemma_.lower()
    if lemma not in ACTIONS or lemma in STOPPAGES or token.dep_ != "dobj":
        return None
    verb = token.head
    ruling = verb.lemma_.lower()
    thrown_out = ruling == "throw" and any(c.lower_ == "out" for c in verb.children)
    if not (thrown_out or ruling in _REJECTING or ruling in _GRANTING):
        return None
    if negated(verb) or modal(verb, DOUBTFUL_MODALS):
        return None
    target = action_target(token, table)
    judge = subject_actor(verb, table, quote)
    if target is None or judge is None or judge == target:
        return None
    polarity = "oppose" if ruling in _GRANTING else "support"
    span = Span.of(text, *evidence_span(verb, quote))
    return Stance(judge, target, "actor", polarity, span, date_of(quote), basis_of(quote), 0.55)
