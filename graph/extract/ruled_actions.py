"""A judge's ruling on an action brought against someone: "the tribunal rejected X's appeal
against Y" upholds Y, as "the court upheld X's complaint against Y" finds against Y.

Who rejects, dismisses or throws out an action against Y takes Y's side in that dispute; who
upholds or grants it takes the side against Y, and the other side on whoever brought it. The
action's own stance (its bringer against Y) is ``stance_actions``'. A negated or only possible
ruling ("may reject", "did not dismiss") is none.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span
from graph.extract.negation import modal
from graph.extract.owners import owner_of
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_actions import (
    ACTIONS,
    STOPPAGES,
    action_target,
    ruling_of,
    subject_actor,
)
from graph.extract.stance_nouns import poss_actor
from graph.extract.stance_roles import basis_of, date_of, negated
from graph.model import Quote, Span, Stance

__all__ = ["ruled_action"]

# Actions a ruling on takes no side in: a stoppage, and charges a court dismisses (the accused
# is not cleared of anything by it).
_NO_SIDE = STOPPAGES | {"charge", "charges", "prosecution", "claim"}


def ruled_action(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> list[Stance]:
    """The ruler's stances on whom the action noun ``token`` is against and on who brought it,
    when a ruling verb takes it as its object ("rejected X's appeal against Y")."""
    lemma = token.lemma_.lower()
    if lemma not in ACTIONS or lemma in _NO_SIDE or token.dep_ != "dobj":
        return []
    verb = token.head
    ruling = ruling_of(verb)
    if ruling is None:
        return []
    if negated(verb) or modal(verb):
        return []
    target = action_target(token, table)
    if verb.dep_ == "acl":  # "the court's decision to reject X's appeal": the decision's owner
        owner = owner_of(verb.head, table)
        judge = table.id_of(owner) if owner is not None else None
    else:
        judge = subject_actor(verb, table, quote)
    if target is None or judge is None or judge == target:
        return []
    granted = ruling == "grant"
    span = Span.of(text, *evidence_span(verb, quote))
    found = [(target, "oppose" if granted else "support")]
    bringer = poss_actor(token, table)
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if bringer is None and owner is not None:
        bringer = resolver.resolve(owner)  # "rejected her case against X"
    if bringer is not None and table.id_of(bringer) not in (judge, target):
        found.append((table.id_of(bringer), "support" if granted else "oppose"))
    return [
        Stance(judge, whom, "actor", polarity, span, date_of(quote), basis_of(quote), 0.55)
        for whom, polarity in found
    ]
