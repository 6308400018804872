"""An accusation as reported speech: "X accused Y of Z" reports what X said about Y.

English puts the charge of "accuse" in an object and an "of" phrase, not in a clause ("The mayor
accused the council of hiding the audit", "critics accuse him of silencing the press",
"accusing management of breaking its promises"), so the clause readers find no words there.
The words reported are the object with its charge, from the object's first word to the end of
the "of" phrase (the parser hangs "of" on the verb or on the object). An accusation inside
another's report ("said a court had charged him, accusing him of ...") is part of that report.
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import DENIAL_VERBS, INDIRECT_VERBS, SPEECH_VERBS, WISHING_VERBS
from graph.extract.negation import asked_sentence

__all__ = ["charge_clause"]

# Of lexicon.CHARGING_VERBS only "accuse" takes its charge with "of" and is counted a report in
# the labelled sets; "blamed X for Y" and "charged X with Y" were not measured.
_ACCUSING = frozenset({"accuse"})
_NOT_MADE = DENIAL_VERBS | WISHING_VERBS | {"intend"}  # verbs an accusation is not made under


def charge_clause(cue: Any) -> tuple[int, int] | None:
    """The object and its "of" phrase of an accusing verb, as a character span, or None."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in _ACCUSING:
        return None
    if _reported_within(cue) or _not_made(cue):
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if not objects:
        return None  # (two objects: "the mining firm Orex" parsed as "firm" and "Orex")
    obj = objects[0]
    charges = [
        c
        for c in (*cue.children, *(g for o in objects for g in o.children))
        if c.dep_ == "prep"
        and c.lower_ == "of"
        and c.i > obj.i
        and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
    ]
    if not charges:
        return None
    last = charges[0].right_edge
    # Not a second report joined to the charge ("of fabricating the tallies and called the
    # election ..."), nor a clause set off on its last noun (", which said it had done nothing").
    stops = [t.left_edge.i for t in charges[0].subtree if _another_clause(t)]
    if stops:
        last = cue.doc[min(stops) - 1]
    while last.i > obj.i and (last.is_punct or last.is_space or last.dep_ == "cc"):
        last = cue.doc[last.i - 1]
    return obj.left_edge.idx, last.idx + len(last.text)


def _reported_within(cue: Any) -> bool:
    """Whether the accusation is part of what someone else reports ("the ministry said a court
    has issued a warrant, accusing him of ..."): the reporter's words, not a statement."""
    chain = (cue, *cue.ancestors)
    return any(t.dep_ == "ccomp" and t.head.lemma_.lower() in INDIRECT_VERBS for t in chain)


def _another_clause(token: Any) -> bool:
    """Whether ``token`` heads words that are not the charge: a verb of saying joined to it, or
    a relative clause set off by a comma."""
    if token.dep_ == "conj":
        return token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS
    edge = token.left_edge.i
    return token.dep_ == "relcl" and edge > 0 and token.doc[edge - 1].text == ","


def _not_made(cue: Any) -> bool:
    """Whether the accusation is denied, only wished or asked about ("denied accusing the
    council", "wants to accuse the board", "Did Lee accuse the council of ...?")."""
    if cue.dep_ in ("xcomp", "pcomp", "ccomp") and cue.head.lemma_.lower() in _NOT_MADE:
        return True
    return asked_sentence(cue)
