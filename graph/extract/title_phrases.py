"""The person a title phrase stands for, when the parser makes the title the subject.

"Leader of the Opposition Ana Ruiz (Green Party) said": with a bracket after the name, the
parser takes the title noun for the subject and hangs the name in its "of" phrase, behind the
title word ("Opposition"). A one-person noun whose "of" phrase is such a title word before a
person's name stands for that person. Not "the lawyer of Ana Ruiz", whose "of" phrase is the
name alone: someone else's lawyer.

"Addressing reporters in the capital, Ivo Lang, the Union's head of mission, said": an opening
phrase may lead the parser to hang the name on it and take the role in apposition for the
subject. A one-person role set off by commas right after a name is that name's: the named one
speaks (a person, whatever label the model gave the name).

"NUF chief and lawyer Kamal Hossain said": the parser may take the title for the subject, with
the body it hangs on as a modifier and the name in apposition. The person apposed speaks, not
the body, nor an owner written in apposition ("ex-premier Zia's party (BNP) chief X").
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.named_bodies import organ_within
from graph.extract.person_titles import one_person_singulars

__all__ = ["apposed_key", "named_before", "titled_person"]


_ENVOYS = frozenset({"ambassador", "envoy", "representative"})  # of the one-person titles


def titled_person(table: ActorTable, subject: Any) -> str | None:
    """The person key the title phrase ``subject`` ends with, else None (not a plural's:
    "Opponents of President X said" are a group, not X)."""
    if subject.lemma_.lower() not in one_person_singulars() or subject.tag_ in ("NNS", "NNPS"):
        return None
    # "Leader of the Opposition Ana Ruiz"; "the Russian Ambassador to the UK Ivan Sorokin": an
    # envoy's "to" names the place posted to before the name (not "the adviser to President X")
    preps = ("of", "to") if subject.lemma_.lower() in _ENVOYS else ("of",)
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in preps):
        for name in (c for c in prep.children if c.dep_ == "pobj"):
            key = table.key_at(name.idx, name.idx + len(name.text))
            if key is None or table.draft(key).type != "Person":
                continue
            titled = any(
                c.dep_ == "compound"
                and (other := table.key_at(c.idx, c.idx + len(c.text))) != key
                and (prep.lower_ == "of" or other is not None)
                for c in name.children
            )
            if titled:
                return key
    return None


def named_before(table: ActorTable, subject: Any) -> str | None:
    """The key of the name written, set off by commas, right before the role ``subject``
    ("Ivo Lang, the Union's head of mission, said"), else None."""
    if subject.lemma_.lower() not in one_person_singulars() or subject.dep_ != "nsubj":
        return None
    doc, left, right = subject.doc, subject.left_edge.i, subject.right_edge.i
    if left < 2 or doc[left - 1].text != "," or doc[left].lower_ != "the":
        return None
    if doc[right].text != "," and (right + 1 >= len(doc) or doc[right + 1].text != ","):
        return None  # "X, the head of mission, said": the role is closed by a comma
    last = doc[left - 2]
    if last.dep_ in ("nsubj", "nsubjpass") or not last.text[:1].isupper():
        return None
    key = table.named_at(last.idx, last.idx + len(last.text))
    if key is None or table.draft(key).type == "Country":
        return None
    if table.draft(key).type == "Organization" and len(table.draft(key).name.split()) > 1:
        table.draft(key).type = "Person"  # a role of one person: the name is a person's
    return key


def apposed_key(table: ActorTable, subject: Any) -> str | None:
    """The actor named in apposition to ``subject``, a person first, else in its modifier."""
    keys = [
        (child.dep_ != "appos", key)
        for child in subject.children
        if (child.dep_ == "nmod" and not organ_within(table, child, subject))
        or (child.dep_ == "appos" and not any(c.dep_ == "case" for c in child.children))
        if (key := table.key_at(child.idx, child.idx + len(child.text)))
    ]
    people = [key for later, key in keys if not later and table.draft(key).type == "Person"]
    return next(iter(people + [key for _, key in sorted(keys, key=lambda k: k[0])]), None)
