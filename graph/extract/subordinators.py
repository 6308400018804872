"""The subordinator that opens a clause: "after", "as", "if", "whether", "unless".

The parser hangs a clause's subordinator on its verb as a ``mark``. Whether a clause tells a
time ("as the company warned"), a condition ("if they are false") or a question ("whether the
claim holds") is read here, once, for every reader that asks.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

__all__ = ["CONDITIONS", "MOMENT", "QUESTIONS", "opened_by", "opening_words"]

Token = Any  # spaCy Token

CONDITIONS = frozenset({"if", "unless"})
"""Subordinators of a condition: "if they are false", "unless they get a pay rise"."""
QUESTIONS = frozenset({"whether", "if"})
"""Subordinators of a question: "whether the claim holds", "asked if the vote was fair"."""
MOMENT = frozenset({"as", "while"})
"""Subordinators of the same moment: "as the company warned" ("when" and "after" may be later)."""


def opening_words(verb: Token) -> set[str]:
    """The subordinators (lower case) that open ``verb``'s clause."""
    return {c.lower_ for c in verb.children if c.dep_ == "mark"}


def opened_by(verb: Token, words: Collection[str]) -> bool:
    """Whether ``verb``'s clause opens with one of ``words`` ("after officials declared ...")."""
    return not opening_words(verb).isdisjoint(words)
