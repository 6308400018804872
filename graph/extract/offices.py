"""Offices one person holds, so that a role noun is not given to the holder of another.

"President Ann Lee said ... The minister said" is not Ann Lee: a president is no minister. A
description ("the diplomat", "the leader", "the 61-year-old") may stand for anyone, but an
office names its holder: the person a story gives one office holds no other unless the story
says so ("the company's president and chief executive").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from graph.extract.lexicon import PORTFOLIOS

__all__ = ["OFFICES", "holds_another_office", "portfolio"]

# Each office under its one name; the words a story may write it with.
_FORMS: dict[str, tuple[str, ...]] = {
    "minister": ("minister", "ministers"),
    "president": ("president",),
    "premier": ("premier",),
    "mayor": ("mayor",),
    "governor": ("governor",),
    "senator": ("senator",),
    "chancellor": ("chancellor",),
    "ambassador": ("ambassador", "envoy"),
    "prosecutor": ("prosecutor",),
    "judge": ("judge",),
    "lawyer": ("lawyer", "attorney", "barrister", "solicitor"),  # a lawyer is no judge
    "commissioner": ("commissioner",),
    "councillor": ("councillor", "councilor"),
    "chair": ("chair", "chairman", "chairwoman", "chairperson"),
    "secretary": ("secretary",),
    "monarch": ("monarch", "king", "queen"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
}
OFFICES: dict[str, str] = {form: office for office, forms in _FORMS.items() for form in forms}
"""A word of an office -> the office ("chairwoman" -> "chair")."""


def holds_another_office(
    roles: Mapping[str, Sequence[tuple[int, str]]], key: str, word: str
) -> bool:
    """Whether the person ``key`` is written only with offices other than ``word``'s.

    ``roles`` maps each role word to the (offset, person) it was written next to.

    >>> roles = {"president": [(10, "ann-lee")], "leader": [(90, "tom-hale")]}
    >>> holds_another_office(roles, "ann-lee", "minister")
    True
    >>> holds_another_office(roles, "ann-lee", "president"), holds_another_office(roles, "ann-lee", "leader")
    (False, False)
    >>> holds_another_office(roles, "tom-hale", "minister")  # a leader may be a minister
    False
    """
    office = OFFICES.get(word)
    if office is None:
        return False
    held = {
        OFFICES[w]
        for w, entries in roles.items()
        if w in OFFICES and any(k == key for _, k in entries)
    }
    return bool(held) and office not in held


# Adjectives that name a portfolio ("the foreign minister", "the home secretary").


def portfolio(noun: Any) -> bool:
    """Whether a minister or secretary is written with a portfolio ("the finance minister",
    "the health secretary", "the foreign minister"): an office of its own, held by the one
    written with it, not by whoever spoke last."""
    return noun.lemma_.lower() in ("minister", "secretary") and any(
        c.i < noun.i and ((c.dep_ == "compound" and c.pos_ == "NOUN") or c.lower_ in PORTFOLIOS)
        for c in noun.children
    )
