""" "The organization said" is the body the article itself described as an organization.

News introduces a body with an apposition saying what it is ("The Harbor Institute, a research
group founded by ...", "Provea, a human rights organization, ...", or before its name: "the
main opposition party, Umoja wa Taifa (UWT), has ...") and later calls it by that noun alone
("according to the group", "the organization also pointed out", "the party alleged"). That body
is the one meant, even when another body is named more often in the story.
"""

from __future__ import annotations

import re

from graph.extract.actors import ActorTable
from graph.model import BODY_TYPES

__all__ = ["body_described"]

_WORD = r"[\w’'-]+"


def body_described(table: ActorTable, noun: str, offset: int) -> str | None:
    """The latest body before ``offset`` set off by an apposition "X, a|an ... <noun>" or
    named in apposition after the noun ("the main opposition party, X,"), or None.

    >>> import re; bool(_apposition("organization").match(", a non-profit organization of X"))
    True
    >>> bool(_named_after("party").search("Zambia's main opposition party, ", 0))
    True
    """
    pattern, before = _apposition(noun), _named_after(noun)
    found = None
    for start, end, key in table.mentions_before(offset):
        if table.draft(key).type not in BODY_TYPES:
            continue
        if pattern.match(table.text, end) or before.search(table.text, max(0, start - 60), start):
            found = key
    return found


def _named_after(noun: str) -> re.Pattern[str]:
    """ "<noun>, " right before a name: the name is what the noun phrase before it describes.
    Not a noun of another's kin ("X and its parent company, Y,", "its rival company, Z"):
    Y is X's parent, not "the company" the story is about."""
    return re.compile(rf"{_NOT_KIN}\b{re.escape(noun)}s?,\s+(?:the\s+)?$", re.IGNORECASE)


# Words that make the noun another's kin: "its parent company", "a sister company" (a bare
# possessive does not: "Nurses and their union, the Council," is the union speaking).
_KIN_WORDS = frozenset({"parent", "sister", "rival", "holding", "former"})
_NOT_KIN = "".join(rf"(?<!\b{w} )" for w in sorted(_KIN_WORDS))


def _apposition(noun: str) -> re.Pattern[str]:
    """ ", a|an (up to four words) <noun>", after an optional "(ACRONYM)"."""
    return re.compile(
        rf"(?:\s*\([^()\n]{{1,20}}\))?,\s+(?:a|an)\s+(?:{_WORD}\s+){{0,4}}?{re.escape(noun)}s?\b",
        re.IGNORECASE,
    )
