"""A party's name the model reads as a person: "the opposition Juwa party".

The small model tags an unfamiliar party name as a person ("Juwa") and leaves out the
lower-case noun after it. A name of one or two words written right before a lower-case noun
of a political body ("party", "coalition", "alliance", "movement", "bloc") is that body's name,
noun included ("Juwa party"), as the model itself reads "the Umma party" or "Orange party".
"""

from __future__ import annotations

import re

__all__ = ["party_span", "party_stem"]

_BODY_AFTER = re.compile(r" (party|coalition|alliance|movement|bloc)\b(?![-'’])")
_OWNER = re.compile(r"['’]s?$")


def party_span(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """``(start, end, label)`` of a named entity, run on over the party noun after it.

    >>> t = "said Ana Ruiz, the head of the opposition Juwa party, on Monday"
    >>> s, e, label = party_span(t, 42, 46, "PERSON"); (t[s:e], label)
    ('Juwa party', 'ORG')
    >>> party_span("Ana Ruiz said", 0, 8, "PERSON")
    (0, 8, 'PERSON')
    >>> party_span("the Ana Maria Ruiz party", 4, 18, "PERSON")
    (4, 18, 'PERSON')
    >>> party_span("Ana Ruiz's party won", 0, 10, "PERSON")
    (0, 10, 'PERSON')
    """
    after = _BODY_AFTER.match(text, end)
    surface = text[start:end]
    if after is None or label != "PERSON" or len(surface.split()) > 2 or _OWNER.search(surface):
        return start, end, label  # "Hun Sen's party" is his, named apart
    return start, after.end(), "ORG"


_KIND_AFTER = re.compile(r" (?:party|coalition|alliance|movement)$")


def party_stem(name: str) -> str:
    """A folded body's name without the kind written after it, so that "civic front party" and
    "civic front" are one party's names.

    >>> party_stem("civic front party"), party_stem("civic front"), party_stem("party")
    ('civic front', 'civic front', 'party')
    """
    return _KIND_AFTER.sub("", name) if " " in name else name

