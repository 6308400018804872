""""The organization said" is the body the article itself described as an organization.

News introduces a body with an apposition saying what it is ("The Harbor Institute, a research
group founded by ...", "Provea, a human rights organization, ...") and later calls it by that
noun alone ("according to the group", "the organization also pointed out"). That body is the
one meant, even when another body is named more often in the story.
"""

from __future__ import annotations

import re

from graph.extract.actors import ActorTable
from graph.model import BODY_TYPES

__all__ = ["body_described"]

_WORD = r"[\w’'-]+"


def body_described(table: ActorTable, noun: str, offset: int) -> str | None:
    """The latest body before ``offset`` set off by an apposition "X, a|an ... <noun>", or None.

    >>> import re; bool(_apposition("organization").match(", a non-profit organization of X"))
    True
    """
    pattern = _apposition(noun)
    found = None
    for _, end, key in table.mentions_before(offset):
        if table.draft(key).type in BODY_TYPES and pattern.match(table.text, end):
            found = key
    return found


def _apposition(noun: str) -> re.Pattern[str]:
    """ ", a|an (up to four words) <noun>", after an optional "(ACRONYM)"."""
    return re.compile(
        rf"(?:\s*\([^()\n]{{1,20}}\))?,\s+(?:a|an)\s+(?:{_WORD}\s+){{0,4}}?{re.escape(noun)}s?\b",
        re.IGNORECASE,
    )
