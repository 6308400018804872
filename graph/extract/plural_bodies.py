"""Businesses named together, then spoken of as a plural: "the companies said".

News names two businesses together ("the boards of Veltrana and Orebank", "a merger of
Veltrana and Orebank") and reports their joint statement with a definite plural of a business
noun ("the companies said in a statement", "both firms said"). That plural is those named
together last, in its sentence before it or in the two sentences before, else the pair the story
named together earlier; a plural with no such pair names no one.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.lexicon import COMPANY_NOUNS
from graph.extract.parse_links import conjuncts

__all__ = ["named_together"]

# Plurals of a business, and what makes them definite ("the companies", "both firms").
# (lexicon.COMPANY_NOUNS, with plurals a business shares with other bodies: "the groups")
_BUSINESSES = COMPANY_NOUNS | {"group", "bank", "business", "club"}  # ("operator" is one)
_DEFINITE = frozenset({"the", "both", "two"})
_BACK = 2  # sentences before the plural's own that may name the pair


def named_together(subject: Any, table: ActorTable) -> list[str]:
    """The businesses a definite plural ``subject`` ("the companies") stands for: the last
    ones named together before it, else none."""
    if subject.tag_ != "NNS" or subject.lemma_.lower() not in _BUSINESSES:
        return []
    if not any(c.lower_ in _DEFINITE for c in subject.children):
        return []
    start = subject.sent.start
    for _ in range(_BACK):
        if start > 0:
            start = subject.doc[start - 1].sent.start
    # the pair named in the sentences just before, else the pair the story named together
    # earlier ("A and B said ... A said ... B's statement said ... The companies said")
    return _pair_in(subject.doc[start : subject.i], table) or _pair_in(subject.doc[:start], table)


def _pair_in(tokens: Any, table: ActorTable) -> list[str]:
    """The businesses named together last in ``tokens`` (two or more), else none."""
    for token in reversed(tokens):
        keys = [_business(t, table) for t in (token, *conjuncts(token))]
        found = [k for k in dict.fromkeys(keys) if k is not None]
        if len(found) >= 2 and len(found) == len(keys):
            return found
    return []


def _business(token: Any, table: ActorTable) -> str | None:
    key = table.key_at(token.idx, token.idx + len(token.text))
    return key if key is not None and table.draft(key).type == "Organization" else None
