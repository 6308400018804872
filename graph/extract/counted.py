"""A counted description stands for the actors last named together.

"Ana Ruiz and her two rivals, Tom Berg and Li Wei, denounced the count. ... The three candidates
reported ..." : "the three candidates" are Ruiz, Berg and Li, and each of them speaks the words.
News writing names a set of people (or countries, or companies) once, as a coordination, and
then counts them ("the two ministers", "all three leaders", "both"): the count must equal the
number of actors the coordination names, or the description stands for no one known.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.coref import ORG_NOUNS
from graph.extract.lexicon import PERSON_NOUNS

__all__ = ["count_of", "named_together_before", "one_for_many"]

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DEFINITE = frozenset({"the", "both", "all", "these", "those"})
# How far back a count may reach: the sentences before it, at most this many.
_REACH = 3


def count_of(token: Any) -> int | None:
    """How many actors ``token`` counts: "both" is two; a definite plural with a number ("the
    three candidates", "all four ministers", "these two firms") or a definite number standing
    alone ("the two met") is that many; else None ("two officials said" is any two).

    >>> from graph.extract.nlp import load_pipeline
    >>> (doc,) = load_pipeline().parse(["The three candidates said so."])
    >>> count_of(doc[2])
    3
    """
    low = token.lower_
    if low == "both":
        return 2
    number = low if low in _NUMBERS else None
    if number is None and token.tag_ == "NNS":
        number = next((c.lower_ for c in token.children if c.dep_ == "nummod"), None)
    if number not in _NUMBERS:
        return None
    words = {c.lower_ for c in token.children if c.dep_ in ("det", "predet")}
    return _NUMBERS[number] if words & _DEFINITE else None


def one_for_many(subject: Any, key: str, table: ActorTable) -> bool:
    """Whether a counted subject was resolved to one person named before: "the three
    councillors" are not the one councillor named earlier (the names apposed to it are its
    own: "The two leaders, Ana Ruiz and Tom Berg, said")."""
    apposed = any(c.dep_ == "appos" for c in subject.children)
    return bool(count_of(subject)) and not apposed and table.draft(key).type == "Person"


def named_together_before(token: Any, count: int, table: ActorTable) -> list[str]:
    """The ``count`` named actors one phrase of a sentence before ``token``'s names together
    (its subject, else its object, with the names inside it but not in a clause of its own:
    "Ana Ruiz and her two rivals, Tom Berg and Li Wei,"), in the nearest of the few sentences
    before that has such a phrase; people for a noun of people ("the three candidates"),
    countries for one of countries, bodies for one of bodies, one kind for "both" and "the
    two"; [] when no phrase names exactly that many, for a noun of things ("the two reports"),
    and where names are apposed to the counted noun itself (they are its own)."""
    kind = _kind(token)
    if kind is None or any(c.dep_ == "appos" for c in token.children):
        return []
    doc = token.doc
    sent = token.sent
    for _ in range(_REACH):
        if sent.start == 0:
            return []
        sent = doc[sent.start - 1].sent
        for role in _ROLES:
            for phrase in (t for t in sent if t.dep_ == role):
                if phrase.tag_ == "NNS" and phrase.lemma_ != token.lemma_:
                    continue  # "Election observers X and Y said ... The two candidates said"
                keys = _named_in(phrase, table, kind)
                if len(keys) == count:
                    return keys
    return []


_ROLES = ("nsubj", "nsubjpass", "dobj")
_COUNTRY_NOUNS = frozenset({"country", "nation", "government", "state"})
_BODY_NOUNS = ORG_NOUNS | frozenset({"party", "union", "side"})
# Clauses inside a phrase name others: "Ana Ruiz, who defeated Tom Berg, ...".
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def _kind(token: Any) -> str | None:
    """The kind of actor a counted word names: "" (any one kind) for "both" and "the two"."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NNS":
        return "" if token.lower_ in ("both", *_NUMBERS) else None
    if lemma in PERSON_NOUNS:
        return "Person"
    if lemma in _COUNTRY_NOUNS:
        return "Country"
    return "Organization" if lemma in _BODY_NOUNS else None


def _named_in(phrase: Any, table: ActorTable, kind: str) -> list[str]:
    """The distinct named actors inside ``phrase`` (not in a clause of its own): of ``kind``
    only where it is given (a place or a body beside people, "Ana Lind of Sweden", is no one
    counted), else all of one kind or none."""
    inside, todo = [], [phrase]
    while todo:
        token = todo.pop()
        inside.append(token)
        todo += [c for c in token.children if c.dep_ not in _CLAUSES]
    keys: list[str] = []
    for token in sorted(inside, key=lambda t: t.i):
        key = table.key_at(token.idx, token.idx + len(token.text))
        if key is None or key in keys or not table.is_named(key):
            continue
        if kind and table.draft(key).type != kind:
            continue
        keys.append(key)
    kinds = {table.draft(k).type for k in keys}
    return keys if len(kinds) <= 1 else []
