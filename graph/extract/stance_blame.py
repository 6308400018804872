"""Blame laid on an actor: "X is to blame for the chaos", "held X responsible for the spill".

Two forms of English name who is at fault without an accusation verb taking X as its object:

- "X is (solely / partly) to blame (for ...)": said in a statement, its speaker's stance
  against X ("Nordline is to blame for this mess," she said; she said Nordline was to blame).
  Narrated, it is the writer's and no one's stance. "X is not to blame" clears X: no stance.
- "held X responsible / accountable / liable (for ...)", "will hold X accountable": the holder's
  stance against X, narrated or quoted. Negated ("did not hold X responsible"): none.

Each of a coordination is blamed ("Nordline and Baltic Ferries are to blame").
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.stance_roles import negated
from graph.extract.targets import coordinated

__all__ = ["held_to_account", "to_blame"]

_ANSWERABLE = frozenset({"responsible", "accountable", "liable", "culpable"})


def to_blame(token: Any, table: ActorTable) -> list[str]:
    """The actors "X is to blame" puts at fault (``token``: the verb "blame"), else []."""
    if token.lemma_.lower() != "blame" or token.dep_ != "xcomp":
        return []
    be = token.head
    if be.lemma_.lower() != "be" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    ):
        return []
    if negated(be) or negated(token):
        return []
    subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return coordinated(subject, table) if subject is not None else []


def held_to_account(token: Any, table: ActorTable) -> list[str]:
    """The actors "held X responsible (for ...)" puts at fault (``token``: "hold"), else []."""
    if token.lemma_.lower() != "hold" or negated(token):
        return []
    for child in token.children:
        if child.lower_ not in _ANSWERABLE:
            continue
        if child.dep_ in ("oprd", "acomp", "xcomp", "advmod"):
            held = next((c for c in token.children if c.dep_ == "dobj"), None)
        elif child.dep_ == "ccomp":  # "hold Nordline and its owners accountable", misparsed
            held = next((c for c in child.children if c.dep_ == "nsubj"), None)
        else:
            continue
        if held is not None:
            return coordinated(held, table)
    return []
