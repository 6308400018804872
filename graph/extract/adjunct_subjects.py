"""A participle adjunct speaks for the subject of the clause it hangs on.

"Ruiz, 76 and in power for decades, campaigned for another term arguing his record in office
made him the best choice and promising to keep the peace": "promising" has no subject of its
own; the one who promises is Ruiz, the subject of "campaigned". The parser may join such a
participle to a verb inside the first report ("... office made him ... and promising"), and
the noun written before that verb ("office") then looks like a subject. A participle's speaker
is found by climbing its heads (conjuncts, adjuncts, the noun a clause describes) to the first
verb with a subject of its own; a noun that is only the object of a preposition or a verb on
the way is no speaker.

A bare singular common noun that the reading found in an object's place ("in office", "in
government": no article, owner or modifier) names nobody either: a speaker is a person, a body,
a country or a group, written with a name, an article or an owner ("the office", "his party").
"""

from __future__ import annotations

from typing import Any

from graph.extract.subject_repairs import dated_name

__all__ = ["adjunct_subject", "bare_object"]

Token = Any  # spaCy Token; typed loosely so this layer imports no spaCy
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLIMB = frozenset({"conj", "advcl", "acl", "xcomp", "pobj", "dobj", "prep", "pcomp"})
_NOT_SUBJECTS = frozenset({"pobj", "dobj", "dative", "npadvmod", "attr"})


def adjunct_subject(cue: Token, found: Token | None) -> Token | None:
    """The subject a participle ``cue`` speaks for, when the subject ``found`` for it by the
    usual reading is no subject at all (an object written before a verb on the way), else
    None (keep ``found``)."""
    if cue.tag_ != "VBG" or found is None or found.dep_ not in _NOT_SUBJECTS:
        return None
    named = dated_name(found.head.head) if found.dep_ == "pobj" else None
    if named is not None and named.i == found.i:
        return None  # "on Thursday Ana Ruiz ... made it clear, writing": a name, the subject
    if any(c.dep_ in _SUBJECTS for c in cue.children):
        return None
    token = cue
    for _ in range(8):
        if token.dep_ not in _CLIMB or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        if subjects:
            subject = subjects[0]
            return subject if subject.pos_ in ("PROPN", "NOUN", "PRON") else None
    return None


def bare_object(token: Token) -> bool:
    """A singular common noun with nothing before it, in an object's place ("experience in
    office made ..."): no speaker, whatever verb the parser finds after it."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.dep_ in ("pobj", "dobj")
        and token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.text.islower()
        and not any(c.i < token.i for c in token.children)
        # "the opposition" misparsed as two objects is still "the opposition"
        and (before is None or before.pos_ in ("ADP", "VERB", "AUX", "PUNCT", "CCONJ"))
    )
