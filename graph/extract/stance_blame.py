"""Blame laid on an actor: "X is to blame for the chaos", "held X responsible for the spill".

Two forms of English name who is at fault without an accusation verb taking X as its object:

- "X is (solely / partly) to blame (for ...)": said in a statement, its speaker's stance
  against X ("Nordline is to blame for this mess," she said; she said Nordline was to blame).
  Narrated, it is the writer's and no one's stance. "X is not to blame" clears X: no stance.
- "held X responsible / accountable / liable (for ...)", "will hold X accountable": the holder's
  stance against X, narrated or quoted. Negated ("did not hold X responsible"): none.

- "X complained that Y ...", "X complained about Y": a complaint against Y (Y named as the
  complaint's clause subject, or as what it is about, or as the owner of that), X's stance
  against Y. Negated ("did not complain"): none.

Each of a coordination is blamed ("Nordline and Baltic Ferries are to blame").
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.owners import owner_of
from graph.extract.stance_roles import negated
from graph.extract.targets import coordinated

__all__ = ["blame_borne", "blame_laid", "blamed", "complained_of", "held_to_account", "to_blame"]

def blamed(token: Any, speaker: str | None, table: ActorTable) -> tuple[list[str], str | None]:
    """(the actors ``token`` lays blame on, whose blame it is: the quoted ``speaker``'s, or None
    for the doer of the verb); "X is to blame" narrated is the writer's, no one's stance."""
    at_fault = to_blame(token, table) or blame_borne(token, table)
    if at_fault:
        return (at_fault, speaker) if speaker is not None else ([], None)
    at_fault = held_to_account(token, table) or blame_laid(token, table)
    return at_fault or complained_of(token, table), None


_ANSWERABLE = frozenset({"responsible", "accountable", "liable", "culpable"})
_BLAME = frozenset({"blame", "responsibility"})
# Verbs that lay blame on someone: "laid the blame for the crisis on X", "pinned the
# responsibility on X"; and that state whose it is: "declared the responsibility of X for ...".
_LAYING = frozenset({"lay", "place", "put", "pin", "shift", "cast"})
_STATING = frozenset({"declare", "stress", "emphasise", "emphasize", "underline", "note"})


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


def blame_laid(token: Any, table: ActorTable) -> list[str]:
    """The actors blame is laid on by its layer (``token``, the verb): "laid the blame for the
    crisis on X", "declared the responsibility of X for the collapse"; else []."""
    lemma = token.lemma_.lower()
    if negated(token) or lemma not in _LAYING | _STATING:
        return []
    for blame in (c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _BLAME):
        if lemma in _LAYING:
            # "on X" after the blame, wherever the parser hung it ("for the crisis on X")
            aims = [p for t in token.subtree if t.i > blame.i and t.dep_ == "prep"
                    and t.lower_ in ("on", "upon") for p in t.children if p.dep_ == "pobj"]  # fmt: skip
        elif any(p.dep_ == "prep" and p.lower_ == "for" for p in blame.children):
            aims = [g for p in blame.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]  # fmt: skip
        else:
            aims = []
        keys = [k for aim in aims for k in coordinated(aim, table)]
        if keys:
            return keys
    return []


def blame_borne(token: Any, table: ActorTable) -> list[str]:
    """The actors said to bear the blame (``token``: "bear"): "X bears full responsibility for
    the crisis"; else []. Like "X is to blame", a speaker's stance, no one's when narrated."""
    if token.lemma_.lower() != "bear" or negated(token):
        return []
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _BLAME for c in token.children):
        return []
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return coordinated(subject, table) if subject is not None else []


_COMPLAINING = frozenset({"complain", "protest"})


def complained_of(token: Any, table: ActorTable) -> list[str]:
    """The named actors a complaint at ``token`` is against (see above)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _COMPLAINING or negated(token):
        return []
    named = [
        s for c in token.children if c.dep_ == "ccomp"
        for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
    ]  # fmt: skip
    named += [
        g for c in token.children if c.dep_ == "prep" and c.lower_ in ("about", "over", "of")
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    keys: list[str] = []
    for noun in named:
        found = [k for k in coordinated(noun, table) if table.is_named(k)]
        owner = owner_of(noun, table) if not found else None  # "about Y's pricing"
        keys += [k for k in (found or [owner] if owner else found) if k not in keys]
    return keys
