"""Who removed someone told in the passive with the body they were removed from: "X has been
banned from Twitter", "was expelled from the party", "was suspended from the federation": the
body did it (the sentence names no other doer), and so opposes them."""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable

__all__ = ["removal", "removed_from"]

# Verbs of putting someone out of a body.
_REMOVING = frozenset(
    {"ban", "expel", "suspend", "bar", "exclude", "eject", "disqualify", "oust", "kick",
     "remove", "sack", "fire", "dismiss", "drop", "throw", "block"}
)  # fmt: skip


def removal(token: Any) -> bool:
    """A passive verb of removal with a "from" phrase and no "by": "was expelled from X"."""
    if token.lemma_.lower() not in _REMOVING or token.tag_ != "VBN":
        return False
    children = list(token.children)
    if not any(c.dep_ == "nsubjpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in children)


def removed_from(token: Any, table: ActorTable) -> str | None:
    """The id of the body a passive verb of removal names after "from", when no "by" names the
    doer and the body is an organisation or a state body the story knows; else None."""
    if not removal(token):
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
        for body in (g for g in prep.children if g.dep_ == "pobj"):
            key = table.key_at(body.idx, body.idx + len(body.text))
            if key is not None and table.draft(key).type in ("Organization", "GovernmentBody"):
                return table.id_of(key)
    return None
