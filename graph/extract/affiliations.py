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
from typing import Any

__all__ = ["affiliations", "led_bodies", "title_start"]

# The roles that tie a person to a body, in a title before the name or an apposition after it.
_ROLES = (
    r"(?i:\b(?:leader|chief|chairman|chairwoman|chairperson|chair|head|member|mp|senator|sen\.|"
    r"rep\.|representative|lawmaker|legislator|congressman|congresswoman|candidate|nominee|"
    r"spokes(?:person|man|woman)|official|minister|secretary|president|ceo|executive|director|"
    r"founder|host|anchor|correspondent|editor|columnist|coach|manager|captain|lawyer|attorney|"
    r"adviser|advisor|aide|strategist|governor|gov\.|mayor|ambassador|envoy|commissioner))"
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
# A full stop that ends a sentence, not an abbreviated title ("Sen. X", "Rep. X").
_SENTENCE_END = re.compile(r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\bDr)(?<!\bSt)[.!?\n]\s")


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
    cuts = list(_SENTENCE_END.finditer(before))
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
    out: set[frozenset[str]] = set()
    for key, draft in table.drafts.items():
        if draft.type != "Person":
            continue
        person = table.id_of(key)
        for mention in draft.mentions:
            begin = title_start(table.text, mention.start)
            spans = [] if begin is None else [(begin, mention.start)]
            spans += [found] if (found := apposed_body(table.text, mention.end)) else []
            for _, _, other in (k for span in spans for k in table.keys_in(*span)):
                body = table.drafts.get(other)
                kind = body.type if body is not None else "Person"
                if kind not in ("Person", "Country") and table.id_of(other) != person:
                    out.add(frozenset((person, table.id_of(other))))
    return out


# Roles of one who speaks for the body their title names: "Union President X", "party leader X".
_LEADING = re.compile(
    r"(?i:\b(?:president|chairman|chairwoman|chairperson|chair|leader|head|chief|"
    r"secretary[- ]general|general secretary|secretary|spokes(?:person|man|woman)|ceo|"
    r"executive|director|managing director|general manager|governor|commissioner)\b)"
)


def led_bodies(table: Any) -> set[tuple[str, str]]:
    """(person id, body id) where the person's title before a mention names the body and a
    role of leading or speaking for it ("ASUU President, Professor X", "Party leader X"); not
    a member, a lawyer or a candidate of it."""
    out: set[tuple[str, str]] = set()
    for key, draft in table.drafts.items():
        if draft.type != "Person":
            continue
        for mention in draft.mentions:
            begin = title_start(table.text, mention.start)
            if begin is None or not _LEADING.search(table.text[begin : mention.start]):
                continue
            for _, _, other in table.keys_in(begin, mention.start):
                body = table.drafts.get(other)
                if body is not None and body.type not in ("Person", "Country"):
                    out.add((table.id_of(key), table.id_of(other)))
    return out
