"""Whom a person's title ties them to: "Labor leader Bill Shorten" is of Labor.

A news story introduces a person with the body they belong to written into their title: a
party ("Labor leader X", "Republican Senator X"), an employer ("Fox News host X", "Acme CEO
X"), a state body ("State Department spokesman X"), or in an apposition after the name ("X, a
candidate for the Unity bloc"). The pair model has no notion of membership
and reads a member speaking of their own party or employer ("X said Labor would ...") as a
stance towards it; ``stance_pairs.own_side`` asks here which pairs are one side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from graph.text import SENTENCE_END

__all__ = ["affiliations", "led_bodies", "title_start"]

# The roles that tie a person to a body, in a title before the name or an apposition after it.
_ROLES = (
    r"(?i:\b(?:leader|chief|chairman|chairwoman|chairperson|chair|head|member|mp|senator|sen\.|"
    r"rep\.|representative|lawmaker|legislator|congressman|congresswoman|candidate|nominee|"
    r"spokes(?:person|man|woman)|official|minister|secretary|president|ceo|executive|director|"
    r"founder|host|anchor|correspondent|editor|columnist|coach|manager|captain|lawyer|attorney|"
    r"adviser|advisor|aide|strategist|governor|gov\.|mayor|ambassador|envoy|commissioner|"
    r"boss|owner|treasurer|deputy))"
)
# The role that ends a title written just before a name (the name follows at once, or after
# an honorific: "ASUU President, Professor Ana Soto").
_ROLE = re.compile(
    _ROLES + r"\s*,?\s*(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Rev\.|Chief)\s+)?$"
)
# Lower-case words a title may hold between the body's name and the role.
_TITLE_WORDS = frozenset(
    {"foreign", "ministry", "affairs", "deputy", "vice", "state", "department", "party",
     "senior", "former", "top", "chief", "executive", "general", "managing", "opposition",
     "parliamentary", "national", "of", "the", "and", "news", "-"}
)  # fmt: skip


def title_start(text: str, start: int) -> int | None:
    """Where the title written just before the name at ``start`` begins, if one is there.

    >>> text = "Labor leader Bill Shorten spoke."
    >>> text[title_start(text, text.index("Bill")) :]
    'Labor leader Bill Shorten spoke.'
    >>> text = "Union President, Professor Ana Soto, spoke."
    >>> text[title_start(text, text.index("Ana")) :]
    'Union President, Professor Ana Soto, spoke.'
    >>> text = "Yesterday Ana Soto spoke."
    >>> title_start(text, text.index("Ana")) is None
    True
    """
    low = max(0, start - 90)
    before = text[low:start]
    cuts = list(SENTENCE_END.finditer(before))
    offset = cuts[-1].end() if cuts else 0
    before = before[offset:]
    role = _ROLE.search(before)
    if role is None:
        return None
    first = None
    words = list(re.finditer(r"\S+", before[: role.start()]))
    for count, word in enumerate(reversed(words)):
        text_of = word.group()
        if (
            count == 6
            or text_of[-1] in ",;:"
            or not (text_of[:1].isupper() or text_of.lower() in _TITLE_WORDS)
        ):
            break  # a title is a run of names and title words, no clause before it
        first = word.start()
    return low + offset + (first if first is not None else role.start())


# An apposition after the name that ties it to a body: "X, a candidate for the Unity bloc",
# "X, spokesman for the party", "X, the deputy leader of the union".
_APPOSED = re.compile(
    r"\s*,\s*(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}?"
    + _ROLES
    + r"\s+(?:for|of|with|at)\s+(?P<body>[^,.;()]{2,80})"
)


def apposed_body(text: str, end: int) -> tuple[int, int] | None:
    """Where the body named in an apposition right after a name ending at ``end`` lies.

    >>> text = "said Ana Soto, a candidate for the Unity bloc in the south."
    >>> start, stop = apposed_body(text, text.index(",")) or (0, 0)
    >>> text[start:stop]
    'the Unity bloc in the south'
    >>> apposed_body("Ana Soto, who won, said", 8) is None
    True
    """
    found = _APPOSED.match(text, end)
    return found.span("body") if found else None


def affiliations(table: Any) -> set[frozenset[str]]:
    """Pairs of actor ids (a person, a body other than a country) where the body is named in
    a title written before one of the person's mentions.

    Countries are left to ``own_side``'s own reading: an opposition leader "of Venezuela"
    still takes stances towards its state.
    """
    return {frozenset((person, body)) for person, body, _ in _titled_bodies(table)}


def _titled_bodies(table: Any) -> Iterator[tuple[str, str, str | None]]:
    """(person id, body id, title) for each body (no person, no country) named in a title
    before one of a person's mentions, or (title None) in an apposition after it."""
    for key, draft in table.drafts.items():
        if draft.type != "Person":
            continue
        person = table.id_of(key)
        for mention in draft.mentions:
            begin = title_start(table.text, mention.start)
            spans = [] if begin is None else [(begin, mention.start)]
            spans += [found] if (found := apposed_body(table.text, mention.end)) else []
            for start, end in spans:
                title = table.text[start:end] if start == begin else None
                for _, _, other in table.keys_in(start, end):
                    body = table.drafts.get(other)
                    kind = body.type if body is not None else "Person"
                    if kind not in ("Person", "Country") and table.id_of(other) != person:
                        yield person, table.id_of(other), title


# Roles of one who speaks for the body their title names: "Union President X", "party leader X".
_LEADING = re.compile(
    r"(?i:\b(?:president|chairman|chairwoman|chairperson|chair|leader|head|chief|"
    r"secretary|spokes(?:person|man|woman)|ceo|executive|director|general manager|governor|"
    r"commissioner)\b)"
)


def led_bodies(table: Any) -> set[tuple[str, str]]:
    """(person id, body id) where the person's title before a mention names the body and a
    role of leading or speaking for it ("ASUU President, Professor X", "Party leader X"); not
    a member, a lawyer or a candidate of it."""
    return {
        (person, body)
        for person, body, title in _titled_bodies(table)
        if title is not None and _LEADING.search(title)
    }
