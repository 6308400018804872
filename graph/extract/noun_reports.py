"""A demand, an allegation or a call made in a noun phrase: "X demanded a full recount",
"the opposition alleged massive fraud", "Y called for a boycott of the vote".

Reporting verbs usually take a clause ("demanded that ..."); these three also take a noun phrase
that is itself what was said: the demand, the charge, the call. The object (for "call", the noun
after "for") is the statement's words. Read last, when no clause, infinitive or label is found.
"""

from __future__ import annotations

from typing import Any

__all__ = ["noun_report"]

_OBJECT_VERBS = frozenset({"demand", "allege"})  # "demanded a recount", "alleged fraud"
_FOR_VERBS = frozenset({"call"})  # "called for a boycott"


def noun_report(cue: Any) -> tuple[int, int] | None:
    """The noun phrase a demanding, alleging or calling verb takes, as a character span."""
    if cue.pos_ != "VERB":
        return None
    lemma = cue.lemma_.lower()
    if lemma in _OBJECT_VERBS:
        nouns = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    elif lemma in _FOR_VERBS:
        nouns = [
            g
            for c in cue.children
            if c.dep_ == "prep" and c.lower_ == "for" and c.i == cue.i + 1
            for g in c.children
            if g.dep_ == "pobj"
        ]
    else:
        return None
    if len(nouns) != 1 or nouns[0].pos_ not in ("NOUN", "PROPN") or nouns[0].ent_type_ == "PERSON":
        return None  # "demanded it", "called for Lee": no words of a demand there
    noun = nouns[0]
    last = noun.right_edge
    while last.i > noun.i and (last.is_punct or last.is_space):
        last = cue.doc[last.i - 1]
    return noun.left_edge.idx, last.idx + len(last.text)
