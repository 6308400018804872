"""A law is no actor: "the Digital Services Act", "the Clean Rivers Bill" and their acronyms.

The language model often tags the name of a law, treaty or bill as an organisation. Such a
name acts on no one and takes no stance: what is said for or against it is a stance on a
measure (``stance_measures``), not on an actor. A name is a law's when its last word is one of
the words laws are named by; an acronym is when the article spells it out as such a name
("the Digital Markets Act (DMA)", or the initials of one such name written in it).
"""

from __future__ import annotations

import re

from graph.extract.lexicon import GOVERNMENT_WORDS, GROUP_NOUNS
from graph.names import initials
from graph.text import fold

__all__ = ["LAW_WORDS", "is_law", "law_goes_on"]

LAW_WORDS = frozenset(
    {"act", "bill", "law", "treaty", "directive", "regulation", "accord", "accords", "convention",
     "protocol", "charter", "constitution", "amendment", "ordinance", "statute", "decree",
     "agreement"}
)  # fmt: skip
"""The last word of a law's name."""

_NAME = re.compile(r"\b(?:[A-Z][\w'’-]*\s+)(?:(?:of|on|and|for|the)\s+|[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*")


def is_law(surface: str, text: str) -> bool:
    """Whether ``surface``, a name the model found in ``text``, names a law.

    >>> is_law("Digital Services Act", "")
    True
    >>> text = "Brussels says the Digital Markets Act applies. Apple contested the DMA."
    >>> is_law("DMA", text), is_law("Apple", text), is_law("EU", text)
    (True, False, False)
    >>> is_law("DSA", "Critics of Brussels Digital Services Act rules. The DSA took effect.")
    True
    >>> is_law("CRA", "Chen opposed the Clean Rivers Act on Thursday. The CRA passed.")
    True
    >>> is_law("Act Now Coalition", ""), is_law("Bill Gates", "")
    (False, False)

    A body named for the field it works in is no law: its name opens with a body's word and
    "of" or "for" ("Office of Postal Regulation", "Ministry of Law", "Institute for
    Constitutional Law"), where a law's name opens with what it is about ("Freedom of
    Information Act").

    >>> is_law("Office of Postal Regulation", ""), is_law("Freedom of Information Act", "")
    (False, True)
    """
    words = fold(surface).replace("the ", "").split()
    if not words:
        return False
    if len(words) > 1 and words[-1] in LAW_WORDS:
        return not _headed_by_body(words)
    acronym = surface.strip(". ").replace(".", "")
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return False
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        for end, word in enumerate(words, 1):
            if fold(word) not in LAW_WORDS:
                continue
            # "the EU's Digital Services Act (DSA)": the initials of the name's last words.
            if initials(" ".join(words[:end])).endswith(acronym.upper()):
                return True
    return False


def _headed_by_body(words: list[str]) -> bool:
    """Whether a name opens with a body's word and "of" or "for": "office of ...", "institute
    for ..."."""
    return len(words) > 2 and words[1] in ("of", "for") and words[0] in BODY_HEADS


BODY_HEADS = GROUP_NOUNS | GOVERNMENT_WORDS | {
    "institute", "school", "faculty", "university", "college", "centre", "center", "bureau",
    "directorate", "inspectorate", "society", "association", "academy", "foundation", "chamber",
}  # fmt: skip
"""Words a body's name opens with before its field ("Office of ...", "Institute for ...")."""


# The rest of a law's name the model cut off after a little word: "Parental Rights" of
# "the Parental Rights in Education Act" (capitalised words only: "for the Clean Air Act" after
# a body's name is what it campaigns for).
_REST = re.compile(r"\s+(?:in|of|for|on|and|to)\s+(?:[A-Z][\w'’-]*\s+){0,5}([A-Z]\w+)")


def law_goes_on(text: str, end: int) -> bool:
    """Whether the capitalised name ending at ``end`` goes on, after a little word, into the
    name of a law ("Parental Rights" in "his Parental Rights in Education Act said").

    >>> text = "He backed the Parental Rights in Education Act."
    >>> law_goes_on(text, text.index(" in ")), law_goes_on("Greenpeace for the Clean Air Act", 10)
    (True, False)
    """
    match = _REST.match(text, end)
    return match is not None and fold(match.group(1)) in LAW_WORDS
