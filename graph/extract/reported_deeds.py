"""A reporter and the one another actor acts on in what they report: no stance between them.

"X said that some members of the council criticise decisions taken by the mayor": the members
criticise the mayor; X only reports it. The pair model reads X and the mayor over the path
X - said - criticise - decisions - mayor and, having learned from names, can give X the
criticism. When the reported clause's own subject is a third actor, the stance on the path is
that actor's, not the reporter's. (A reporter against the reported clause's subject is a
different reading, "X said Y lied", and stays the model's.) So is a deed whose subject is a
common noun naming those who did it ("X said the court had ruled against Y", "X said police
detained Y": ``reported_acts.others_deed``), with or without a third actor named.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.extract.lexicon import SPEECH_VERBS
from graph.extract.reported_acts import others_deed

__all__ = ["reported_deed"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def reported_deed(
    doc: Any, r1: tuple[int, int], r2: tuple[int, int], others: Iterable[tuple[int, int]]
) -> bool:
    """Whether one of the two mentions reports what a third actor (``others``: its mentions'
    token ranges), or people a common noun names, do to the other.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> def parsed(words, lemmas, pos):
    ...     return Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3],
    ...                deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj"], lemmas=lemmas, pos=pos)
    >>> doc = parsed(["Ann", "said", "Cal", "praised", "Bob"], ["Ann", "say", "Cal", "praise",
    ...     "Bob"], ["PROPN", "VERB", "PROPN", "VERB", "PROPN"])
    >>> reported_deed(doc, (0, 1), (4, 5), [(2, 3)]), reported_deed(doc, (0, 1), (4, 5), [])
    (True, False)
    >>> doc = parsed(["Ann", "said", "police", "detained", "Bob"], ["Ann", "say", "police",
    ...     "detain", "Bob"], ["PROPN", "VERB", "NOUN", "VERB", "PROPN"])
    >>> reported_deed(doc, (0, 1), (4, 5), [])
    True
    """
    spans = [s for s in others if s not in (r1, r2)]
    return _reports(doc, r1, r2, spans) or _reports(doc, r2, r1, spans)


def _done_by_others(verb: Any, subject: Any, other: tuple[int, int]) -> bool:
    """A deed of people a common noun names, not the other mention itself ("the court")."""
    inside = other[0] <= subject.i < other[1]
    return not inside and others_deed(verb, subject)


def _reports(
    doc: Any, reporter: tuple[int, int], other: tuple[int, int], thirds: list[tuple[int, int]]
) -> bool:
    head = doc[reporter[0] : reporter[1]].root
    verb = head.head
    if head.dep_ not in _SUBJECTS or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    token = doc[other[0] : other[1]].root
    while token.i != verb.i and token.head.i != token.i:
        if token.pos_ in ("VERB", "AUX") and any(
            c.dep_ in _SUBJECTS
            and (any(s <= c.i < e for s, e in thirds) or _done_by_others(token, c, other))
            for c in token.children
        ):
            return True
        token = token.head
    return False
