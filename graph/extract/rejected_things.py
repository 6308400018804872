"""Whose thing a noun of rejection rejects: "its rejection of X's takeover bid" opposes X.

A noun of an act against something ("rejection", "condemnation", "criticism") names in its "of"
phrase what it is against: an actor itself ("its criticism of Russia"), or a thing whose owner or
maker the phrase names ("X's bid", "the bid from X"), who is opposed by it. One the thing is done
to is no target ("condemnation of the attack on X": X is the victim).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable

__all__ = ["rejected_owner"]

# Nouns of an act against what their "of" phrase names: "its rejection of X's bid".
_REJECTING = frozenset(
    {"rejection", "condemnation", "denunciation", "repudiation", "dismissal", "criticism"}
)


def rejected_owner(token: Any, table: ActorTable) -> str | None:
    """Whose thing a noun of rejection names in its "of" phrase: the thing's owner or maker
    ("its rejection of X's takeover bid", "of the bid from X"), or the actor itself; not one
    the thing is done to ("condemnation of the attack on X")."""
    if token.lemma_.lower() not in _REJECTING:
        return None
    for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for thing in (c for c in of.children if c.dep_ == "pobj"):
            owners = [c for c in thing.children if c.dep_ == "poss"]
            owners += [
                g
                for c in thing.children
                if c.dep_ == "prep" and c.lower_ in ("from", "by")
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for t in (thing, *owners):
                key = table.key_at(t.idx, t.idx + len(t.text))
                if key is not None:
                    return key
    return None
