"""A capitalised name the model did not tag, read where it speaks: "Ana Ruiz said", "Human
Rights Watch said", "The Oregonian/OregonLive reported".

The words of the name are the subject and the proper nouns compounded on it (a compound of a
compound too); names joined by a slash are one body's. A name of several words is a person's
unless a word of it is a body's, a group's or a government's, or its last word ends
organisations' names ("Watch", "International"); a lone capitalised word opening a sentence
is nobody.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.coref import given_name_owner, short_name_owner
from graph.extract.lexicon import (
    GENERIC_ORG_NOUNS,
    GOVERNMENT_WORDS,
    GROUP_NOUNS,
    NOT_PEOPLE_LABELS,
    ORG_NAME_ENDINGS,
)

__all__ = ["proper_name"]


def proper_name(table: ActorTable, subject: Any) -> str | None:
    """A capitalised name the model did not tag ("Ana Ruiz said"): a person, or a body; a
    given name alone the one person's it opens, even read as a common noun ("Abebe said")."""
    if subject.pos_ != "PROPN" and subject.text.isalpha() and subject.text.istitle():
        owner = given_name_owner(table, subject.text)
        if owner is not None:
            table.attach(owner, subject.idx, subject.idx + len(subject.text))
        return owner
    if subject.pos_ != "PROPN" or not subject.text[:1].isupper():
        return None
    toks = [
        t
        for t in subject.lefts
        if t.pos_ == "PROPN"
        and (t.dep_ == "compound" or (t.dep_ == "nmod" and _slash_between(t, subject)))
    ]
    toks = [*toks, subject]
    doc = subject.doc
    # "Human Rights Watch said": a compound of a compound is the name's first word too.
    while (
        toks[0].i > 0
        and doc[toks[0].i - 1].pos_ == "PROPN"
        and doc[toks[0].i - 1].dep_ == "compound"
        and doc[toks[0].i - 1].head.i in {t.i for t in toks}
    ):
        toks = [doc[toks[0].i - 1], *toks]
    if subject.i + 2 < len(doc) and doc[subject.i + 2].pos_ == "PROPN":
        toks += [doc[subject.i + 2]] if _slash_between(subject, doc[subject.i + 2]) else []
    # "The Oregonian/OregonLive reported": names joined by a slash are one body's.
    slashed = all(t.i + 1 == u.i or _slash_between(t, u) for t, u in pairwise(toks))
    slashed = slashed and any(t.i + 1 != u.i for t, u in pairwise(toks))
    if not slashed and any(t.i + 1 != u.i for t, u in pairwise(toks)):
        toks = [subject]
    if len(toks) == 1:
        owner = short_name_owner(table, subject.text) or given_name_owner(table, subject.text)
        if owner is not None:
            table.attach(owner, subject.idx, subject.idx + len(subject.text))
            return owner
    words = {t.lower_ for t in toks}
    label = "ORG" if words & (GOVERNMENT_WORDS | GROUP_NOUNS | GENERIC_ORG_NOUNS) else "PERSON"
    if len(toks) > 1 and toks[-1].lower_ in ORG_NAME_ENDINGS:
        label = "ORG"  # "Human Rights Watch", "Transparency International"
    if slashed or (len(toks) == 1 and subject.text.isupper() and len(subject.text) > 1):
        label = "ORG"  # an acronym speaking is a body, not a person
    if (
        label == "PERSON"
        and len(toks) < 2
        and (subject.ent_type_ in NOT_PEOPLE_LABELS or subject.is_sent_start)
    ):
        # A lone capitalised word opening a sentence, or tagged as a place or a thing, is
        # not taken for a person; "…," said Dubois is.
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return table.add_entity(start, end, label)


def _slash_between(left: Any, right: Any) -> bool:
    return right.i == left.i + 2 and left.doc[left.i + 1].text == "/"
