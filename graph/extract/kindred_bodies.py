"""Bodies a story names again by a noun: "the federation" after the National Teachers
Federation (a word of its name), "the union" after the British Medical Association or "the
agency" after the General Election Commission (a noun of its kind).

Only one body may fit: two named bodies of that kind leave the noun to the other readings of
``speakers.SpeakerResolver.body``.
"""

from __future__ import annotations

from graph.extract.actors import ActorTable
from graph.extract.lexicon import OUTLET_WORDS
from graph.model import BODY_TYPES

__all__ = ["body_called", "body_of_kind"]


def body_called(table: ActorTable, noun: str, offset: int) -> str | None:
    """The one body named before ``offset`` whose name has ``noun`` ("the federation" after
    the National Teachers Federation)."""
    called = {
        k
        for _, _, k in table.mentions_before(offset)
        if table.draft(k).type in BODY_TYPES and noun in table.draft(k).name.lower().split()
    }
    return called.pop() if len(called) == 1 else None


# Bodies a story may call by a kindred noun: "the union" for the British Medical Association,
# "the association" for a federation, "the charity" for a foundation.
_REGULATORS = {"commission", "authority", "agency", "regulator", "office", "ombudsman", "watchdog"}
_KINDRED = {
    "union": {"union", "association", "federation", "congress", "guild", "workers", "college"},
    "association": {"association", "union", "federation", "society", "college", "institute"},
    "federation": {"federation", "association", "union", "confederation", "league"},
    "league": {"league", "federation", "association"},
    "charity": {"charity", "foundation", "trust", "fund", "society", "relief", "aid"},
    "university": {"university", "college", "institute", "school"},
    "committee": {"committee", "commission", "council", "panel", "board"},
    "board": {"board", "commission", "council", "committee", "authority"},
    # "the consumer watchdog alleged": the story's regulating body, however it is named
    "regulator": _REGULATORS,
    "watchdog": _REGULATORS,
    # "the election agency dismissed ..." after the General Election Commission
    "agency": _REGULATORS,
}


# An association of traders or employers is no workers' body: "the trade association" is
# never the union the story named.
_EMPLOYERS = frozenset({"trade", "industry", "business", "employers", "employer", "freight"})
_WORKERS = frozenset({"union", "workers", "guild", "college"})
_NEWS = OUTLET_WORDS - {"agency"}  # "the news agency", "the wire agency"


def body_of_kind(table: ActorTable, noun: str, offset: int, phrase: str = "") -> str | None:
    """The one body named before ``offset`` whose name (or a spelling of it) has a word of
    the noun's kind: "the union said" after the British Medical Association. ``phrase`` is
    the noun phrase as written ("the trade association": an employers' body, no union)."""
    kind = _KINDRED.get(noun)
    if kind is None:
        return None
    if noun == "association" and set(phrase.lower().split()) & _EMPLOYERS:
        kind = kind - _WORKERS
    if noun == "agency" and set(phrase.lower().split()) & _NEWS:
        return None  # "the news agency said": the wire that just reported, no regulator
    found = set()
    for _, _, key in table.mentions_before(offset):
        draft = table.draft(key)
        if draft.type not in BODY_TYPES:
            continue
        words = {w for name in (draft.name, *draft.aliases) for w in name.lower().split()}
        if words & kind:
            found.add(key)
    return found.pop() if len(found) == 1 else None
