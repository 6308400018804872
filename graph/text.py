"""Small text helpers shared by every layer: identifiers and forgiving name matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["SENTENCE_END", "fold", "looks_plural", "owned_after", "slugify"]

SENTENCE_END = re.compile(
    r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\bDr)(?<!\bSt)(?<![A-Z]\.[A-Z])[.!?]\s|\n\s?"
)
"""A full stop, question or exclamation mark that ends a sentence, or a line break: not the
stop of an abbreviated title ("Sen. X", "Gen. X") nor of initials ("U.S. President X")."""

_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip accents and collapse spaces, for forgiving comparisons.

    >>> fold("  Nicolás  MADURO ")
    'nicolas maduro'
    """
    if text.isascii():  # nothing to decompose or strip: the same result, many times faster
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(bare.casefold().split())


def slugify(text: str) -> str:
    """A stable identifier part made of ASCII letters, digits and hyphens.

    >>> slugify("Edmundo González Urrutia")
    'edmundo-gonzalez-urrutia'
    >>> slugify("U.S. State Department")
    'u-s-state-department'
    """
    slug = _NON_WORD.sub("-", fold(text)).strip("-")
    return slug or "x"


def looks_plural(word: str) -> bool:
    """Whether an English noun reads as a plural by its ending, when no tagger says so (a
    capitalised "Opponents" opening a sentence is tagged a proper noun): "-s", not "-ss",
    "-us" or "-is".

    >>> [looks_plural(w) for w in ("Opponents", "critics", "Congress", "status", "crisis", "bus")]
    [True, True, False, False, False, False]
    """
    low = word.lower()
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


_POSSESSIVE = re.compile(r"['\u2019]s\b")


def owned_after(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a possessive "'s" (it owns what
    follows: "said Vale's deputy", "the judge X's ruling").

    >>> owned_after("Vale's deputy", 4), owned_after("Vale said", 4)
    (True, False)
    """
    return _POSSESSIVE.match(text, end) is not None
