"""Whom an apposition or a relative clause ties a person to: "X, who leads the Blue Party".

``affiliations`` reads a body written into the title just before a name ("Labor leader X").
A report as often ties a person to their party after the name or through an "of" phrase:
"Ana Ruiz, who leads the Blue Party", "Ana Ruiz, founder of the Blue Party", "the candidate of
the opposition Blue Party (BP) Ana Ruiz". The person and that body are one side
(``sides.own_side``): the pair model's guess of a stance between them is no reading.
"""

from __future__ import annotations

import re
from typing import Any

from graph.text import owned_after

__all__ = ["memberships"]

_ROLES = (
    r"(?:leader|head|founder|co-founder|chairman|chairwoman|chairperson|chair|candidate|nominee|"
    r"president|secretary[- ]general|spokes(?:person|man|woman)|member)"
)
# Between a person's name and the body's: ", who leads the", ", founder of the", ", the leader of"
_AFTER = re.compile(
    r"^\s*,\s*(?:who\s+(?:leads|led|heads|headed|founded|co-founded|chairs|chaired|runs|ran)"
    r"|(?:the\s+|a\s+)?(?:\w+\s+)?" + _ROLES + r"\s+of)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.I,
)
# A relative clause that tells something else first: ", who headed a junta from 1986 to 1993
# and leads the" (what one leads now, after "and").
_AND_LEADS = re.compile(
    r"^\s*,\s*who\s+[^.;:()\u201c\u201d\"]{0,80}?\band\s+(?:now\s+)?(?:leads|heads|chairs)"
    r"\s+(?:the\s+)?(?:(?!against\b|for\b|with\b)\w+\s+)?$",
    re.I,
)
# Before the body's name when the person's follows it: "the candidate of the opposition"
_BEFORE = re.compile(r"\b" + _ROLES + r"\s+of\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
# Between the body's name and the person's: nothing but an abbreviation or a comma.
_BETWEEN = re.compile(r"^\s*(?:\([\w.-]+\))?\s*,?\s*$")
# Between "led by" and its person: no stop, dash, nor a word that makes the person another's
# ("led by a former aide to X", "founded by opponents of X", "led by farmers angry at X").
_PAST_LEADER = re.compile(
    r"[.;!?)]|\s[-\u2013\u2014]\s|\b(?:of|to|at|who|which|that|against)\b"
)
# After a body's name, a set-off passive of leading: "the Blue Party - led by X", "(headed by X".
_LED_BY = re.compile(
    r"^\s*(?:\([\w.-]+\)\s*)?(?:,|\(|\s[-\u2013\u2014]|[\u2013\u2014])\s*(?:which\s+is\s+|now\s+)?"
    r"(?:led|headed|founded|co-founded|chaired|run)\s+by\b"
)


def memberships(table: Any) -> set[frozenset[str]]:
    """Pairs of actor ids (a person, a body other than a country) one mention ties together.

    >>> from graph.extract.actors import ActorTable
    >>> text = "Ana Ruiz, who leads the Blue Party, spoke."
    >>> table = ActorTable(text)
    >>> ana = table.add_agent(0, 8, "Ana Ruiz", "Person")
    >>> party = table.add_agent(24, 34, "Blue Party", "Organization")
    >>> memberships(table) == {frozenset({table.id_of(ana), table.id_of(party)})}
    True
    """
    text = table.text
    mentions = table.keys_in(0, len(text))
    out: set[frozenset[str]] = set()
    for i, (start, end, key) in enumerate(mentions):
        if _kind(table, key) != "Person":
            continue
        for other_start, other_end, other in mentions[max(0, i - 3) : i + 4]:
            kind = _kind(table, other)
            if other == key or kind == "Country":
                continue
            if other_start >= end:
                # What one leads is a body, whatever type the name model gave it.
                between = text[end:other_start]
                tied = (other_start - end < 60 and _AFTER.match(between)) or (
                    other_start - end < 120 and _AND_LEADS.match(between)
                )
            else:
                tied = (
                    kind != "Person"
                    and other_end <= start
                    and _BETWEEN.match(text[other_end:start]) is not None
                    and _BEFORE.search(text[max(0, other_start - 60) : other_start]) is not None
                )
            if tied:
                out.add(frozenset((table.id_of(key), table.id_of(other))))
    return out | _led_by(table, mentions)


def _led_by(table: Any, mentions: list[tuple[int, int, str]]) -> set[frozenset[str]]:
    """A body and the person a set-off "led by" names after it: "the Blue Party - led by the
    president's rival Ana Ruiz - took 55 seats" (the first person named there whom no "'s"
    makes a possessor, within the clause).

    >>> from graph.extract.actors import ActorTable
    >>> text = "The Blue Party, led by the mayor's rival Ana Ruiz, won."
    >>> table = ActorTable(text)
    >>> party = table.add_agent(4, 14, "Blue Party", "Organization")
    >>> ana = table.add_agent(41, 49, "Ana Ruiz", "Person")
    >>> pair = frozenset({table.id_of(party), table.id_of(ana)})
    >>> _led_by(table, table.keys_in(0, len(text))) == {pair}
    True
    """
    text = table.text
    out: set[frozenset[str]] = set()
    for i, (_start, end, key) in enumerate(mentions):
        if _kind(table, key) in ("Person", "Country"):
            continue
        led = _LED_BY.match(text[end : end + 40])
        if led is None:
            continue
        after = end + led.end()
        for other_start, other_end, other in mentions[i + 1 : i + 4]:
            between = text[after:other_start]
            if other_start - after > 70 or _PAST_LEADER.search(between):
                break
            if _kind(table, other) == "Person" and not owned_after(text, other_end):
                out.add(frozenset((table.id_of(key), table.id_of(other))))
                break
    return out


def _kind(table: Any, key: str) -> str:
    draft = table.drafts.get(key)
    return draft.type if draft is not None else "Person"
