"""Calls to leave power: "urged X to resign", "invited the outgoing president to hand over power",
"urged X to accept defeat"; and calls to desist: "urged X to stop its provocations".

Asking someone to step down, resign, give up power or stop what they do opposes them,
whoever asks. The one asked may be named ("called on Rui Lopes to resign") or only titled ("I
invite the outgoing president to organise a peaceful transfer of power"): a title the article's
holder of that office answers.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.elections import owns_defeat
from graph.extract.lexicon import CALL_VERBS, OUSTER_VERBS
from graph.extract.syntax import prep_objects

__all__ = ["OUSTER_CALLS", "ousted"]

OUSTER_CALLS = CALL_VERBS | {"demand", "tell", "invite"}
"""Verbs of calling on someone to do something."""

# Giving up power: "hand over power", "transfer power", "a peaceful transfer of power".
_POWER_ACTS = frozenset(
    {"transfer", "hand", "cede", "relinquish", "surrender", "yield", "give", "handover"}
)


# Calls to desist ("urged the EU to correct its wrong practices", "called on X to stop its
# provocations", "to halt the discharge"): pressing someone to change course opposes them too.
_DESIST = frozenset({"stop", "halt", "cease", "end", "correct", "retract", "refrain", "desist"})


def _desists(act: Any) -> bool:
    """Whether a clause stops something: "to stop its provocations", "to refrain from" (not
    "to stop by for talks", "to end up in court": a particle makes another verb)."""
    if act.lemma_.lower() not in _DESIST or any(c.dep_ == "prt" for c in act.children):
        return False
    if act.lemma_.lower() in ("refrain", "desist"):
        return True
    # What is to stop is a deed ("its provocations", "the discharge"), not a person or
    # another actor ("urged Americans to stop Trump": against Trump, not them).
    return any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.ent_type_ == "" for c in act.children
    ) or any(c.dep_ == "xcomp" for c in act.children)


def ousted(token: Any, table: ActorTable, resolver: Any = None) -> str | None:
    """Whom a call to leave power is addressed to: "urged X to resign", "called on X to step
    down", "invited the president to hand over power" (a title through ``resolver``)."""
    people = [c for c in token.children if c.dep_ == "dobj"]
    people += prep_objects(token, "on")
    xcomps = [c for c in token.children if c.dep_ in ("xcomp", "advcl")]
    xcomps += [g for p in people for g in p.children if g.dep_ in ("acl", "xcomp", "relcl")]
    if not any(
        x.lemma_.lower() in OUSTER_VERBS or _desists(x) or _gives_up_power(x) for x in xcomps
    ):
        return None
    for person in people:
        key = table.key_at(person.idx, person.idx + len(person.text))
        if key is None and resolver is not None and person.pos_ == "NOUN":
            key = resolver.resolve(person)  # "the outgoing president": the office's holder
        if key:
            return table.id_of(key)
    return None


def _gives_up_power(act: Any) -> bool:
    """Whether a clause gives up power: "to hand over power", "to organise a peaceful transfer
    of power", "to organise a peaceful way to transfer power"; or owns a defeat: "to accept
    defeat", "to admit his loss"."""
    if owns_defeat(act):
        return True
    for token in act.subtree:
        if token.lower_ != "power":
            continue
        head = token.head.head if token.head.lower_ in ("of", "over") else token.head
        if head.lemma_.lower() in _POWER_ACTS:
            return True
    return False
