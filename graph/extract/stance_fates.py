"""Stances on whom a called-for fate befalls: calling for X's removal opposes X.

Two constructions of news English name the actor a call is about only inside what is called
for, so the call's own target is a claim ("the resignation of X") or another person ("urged
the president to fire X"):

- a support verb whose object is a fate noun: "called for the resignation of X", "demanded
  X's arrest", "backed the impeachment of X" oppose X; "called for the release of X" supports X;
- a call on someone to do something to X: "called on the president to sack X", "urged the
  court to free X".

A verb that turns the call round ("rejected calls for X's resignation") is not read here: what
rejecting a fate says about X is less sure than calling for it.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.targets import coordinated

__all__ = ["called_fate", "fate_of"]

# Fates that harm whom they befall, and fates that favour them.
_HARMS = frozenset(
    {"resignation", "removal", "ouster", "dismissal", "sacking", "firing", "expulsion",
     "arrest", "detention", "impeachment", "prosecution", "indictment", "conviction",
     "jailing", "imprisonment", "extradition", "suspension", "punishment", "deportation",
     "disqualification", "ban", "recall"}
)  # fmt: skip
_BOONS = frozenset({"release", "acquittal", "pardon", "reinstatement", "freedom"})
# What a call asks someone to do to another: harm them, or favour them.
_HARM_ACTS = frozenset(
    {"fire", "sack", "dismiss", "remove", "oust", "arrest", "prosecute", "expel", "suspend",
     "punish", "jail", "impeach", "detain", "indict", "extradite", "deport", "disqualify", "ban"}
)  # fmt: skip
_BOON_ACTS = frozenset({"free", "release", "pardon", "reinstate", "acquit"})
_CALLS = frozenset({"call", "urge", "ask", "press", "demand", "tell", "appeal", "push"})


def fate_of(noun: Any, table: ActorTable) -> tuple[str, str] | None:
    """(actor key, polarity) for a fate noun and whom it befalls ("the arrest of X", "X's
    release"), else None."""
    lemma = noun.lemma_.lower()
    polarity = "oppose" if lemma in _HARMS else "support" if lemma in _BOONS else None
    if polarity is None:
        return None
    whom = [c for c in noun.children if c.dep_ == "poss"]
    whom += [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for token in whom:
        keys = coordinated(token, table)
        if keys:
            return keys[0], polarity
    return None


def called_fate(token: Any, table: ActorTable) -> tuple[str, str] | None:
    """(actor key, polarity) for a call on someone to do something to an actor ("urged Y to
    sack X": X, oppose), else None. Not the one called on: they are asked, not judged."""
    if token.lemma_.lower() not in _CALLS:
        return None
    for act in (c for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp")):
        lemma = act.lemma_.lower()
        polarity = "oppose" if lemma in _HARM_ACTS else "support" if lemma in _BOON_ACTS else None
        if polarity is None or any(c.dep_ == "neg" for c in act.children):
            continue
        for obj in (c for c in act.children if c.dep_ == "dobj"):
            keys = coordinated(obj, table)
            if keys:
                return keys[0], polarity
    return None
