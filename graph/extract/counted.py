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
    (its subject, else its object, with all the names inside it: "Ana Ruiz and her two rivals,
    Tom Berg and Li Wei,"), in the nearest of the few sentences before that has such a phrase;
    all people when the counted noun names people ("the three candidates"), else all of one
    kind; [] when no phrase names exactly that many."""
    doc = token.doc
    people = token.lemma_.lower() in PERSON_NOUNS
    sent = token.sent
    for _ in range(_REACH):
        if sent.start == 0:
            return []
        sent = doc[sent.start - 1].sent
        for role in _ROLES:
            for phrase in (t for t in sent if t.dep_ == role):
                keys = _named_in(phrase, table, people)
                if len(keys) == count:
                    return keys
    return []


_ROLES = ("nsubj", "nsubjpass", "dobj")


def _named_in(phrase: Any, table: ActorTable, people: bool) -> list[str]:
    """The distinct named actors inside ``phrase``: people only with ``people`` (a place or a
    body beside them, "Ana Lind of Sweden", is no one counted), else of one kind or none."""
    keys: list[str] = []
    for token in phrase.subtree:
        key = table.key_at(token.idx, token.idx + len(token.text))
        if key is None or key in keys or not table.is_named(key):
            continue
        if people and table.draft(key).type != "Person":
            continue
        keys.append(key)
    kinds = {table.draft(k).type for k in keys}
    return keys if len(kinds) <= 1 else []
