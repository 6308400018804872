"""Staff who stop work oppose their employer: "Portline workers are holding the first of 12
strikes", "Velta Air pilots went on strike", "Kestrel Bank's nurses staged a walkout".

A stoppage (a strike, walkout or stoppage) that people named as an employer's staff hold, stage,
call or go on is their stance against that employer. The staff are an actor of their own
("Portline workers"), as the people of a labour story are; the employer is an organisation the
article names, written before them ("Portline workers", "Portline's pilots"). With no employer
written with them ("nurses went on strike") no stance is drawn: whom they strike against is not
said there. (A union's stoppage "at X" is ``stance_actions``'s.)
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span
from graph.extract.stance_actions import STOPPAGES, called_off
from graph.extract.stance_roles import negated
from graph.extract.syntax import subjects_of
from graph.model import Span, Stance

__all__ = ["STAFF", "staff_strike"]

STAFF = frozenset(
    {"worker", "staff", "employee", "pilot", "nurse", "driver", "doctor", "engineer", "teacher",
     "crew", "miner", "docker", "controller", "attendant", "guard", "cleaner", "journalist",
     "porter", "conductor", "technician", "operator", "clerk", "agent"}
)  # fmt: skip
"""People nouns that name an employer's staff ("Portline workers", "Velta Air pilots")."""
_TAKING = frozenset({"hold", "stage", "call", "begin", "start", "launch", "continue", "plan"})
_COUNTED = frozenset({"first", "second", "third", "last", "latest", "series", "wave", "round"})


def staff_strike(token: Any, table: ActorTable, text: str) -> Stance | None:
    """The stance of an employer's staff against the employer, for a stoppage noun ``token``
    they take part in, or a verb of stopping work ("struck", "walked out"), or None."""
    if token.pos_ == "VERB":
        verb = token if _stopping(token) else None  # "Portline workers will strike"
    elif token.lemma_.lower() not in STOPPAGES or token.pos_ != "NOUN":
        return None
    else:
        verb = _taking_verb(token)
    if verb is None or negated(verb):
        return None
    found = subjects_of(verb)
    staff = found[0] if found else None
    if staff is None or staff.lemma_.lower() not in STAFF or staff.tag_ != "NNS":
        return None
    employer = _employer(staff, table)
    if employer is None:
        return None
    name = f"{table.draft(employer).name} {staff.lower_}"  # its mention: the staff noun
    group = table.add_group(staff.idx, staff.idx + len(staff.text), name, "Group", own=True)
    if group is None:
        return None
    span = Span.of(text, *evidence_span(verb, None))
    source, target = table.id_of(group), table.id_of(employer)
    return Stance(source, target, "actor", "oppose", span, confidence=0.55)


def _stopping(verb: Any) -> bool:
    """Whether ``verb`` is stopping work: "will strike" (not "struck a deal", "struck back at
    critics", "struck lucky"), "walked out"."""
    lemma = verb.lemma_.lower()
    if lemma == "strike":
        return not any(
            c.dep_ in ("dobj", "nsubjpass", "prt", "acomp", "oprd", "xcomp")
            or (c.dep_ in ("prep", "advmod") and c.lower_ == "back")
            for c in verb.children
        )
    return lemma == "walk" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in verb.children
    )


def _taking_verb(noun: Any) -> Any | None:
    """The verb by which a stoppage is taken: "holding strikes", "staged a walkout", "went on
    strike", "holding the first of 19 strikes"; else None."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in _COUNTED:
        node = node.head.head  # "the first of 19 strikes"
    if node.dep_ == "dobj" and node.head.lemma_.lower() in _TAKING:
        return None if called_off(node.head) else node.head
    if node.dep_ == "pobj" and node.head.lower_ == "on" and node.head.head.lemma_ in ("go", "be"):
        return node.head.head  # "went on strike", "are on strike"
    return None


def _employer(staff: Any, table: ActorTable) -> str | None:
    """The organisation named before the staff noun ("Portline workers", "Velta Air's
    pilots"), else None."""
    for word in staff.doc[staff.left_edge.i : staff.i]:
        if word.pos_ != "PROPN":
            continue
        key = table.named_at(word.idx, word.idx + len(word.text))
        if key is not None and table.draft(key).type in ("Organization", "GovernmentBody"):
            return key
    return None
