"""An organ of a named body speaks for the body: "the OAS secretariat said" is the OAS.

A body's secretariat, leadership, presidency, headquarters, management, bureau or command
issues what the body says; news names the speaker by the organ with the body as its compound
or possessor ("the Arab League secretariat", "the party's leadership", "NATO headquarters").
The body named there is the speaker. People (an "executive", a "secretary") are not organs:
they stay persons of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.extract.actors import ActorTable

__all__ = ["ORGANS", "organ_owner"]

ORGANS = frozenset(
    {"secretariat", "leadership", "presidency", "headquarters", "management", "bureau"}
    | {"directorate", "command", "politburo", "presidium"}
)
_BODIES = ("Organization", "GovernmentBody")


def organ_owner(table: ActorTable, subject: Any) -> str | None:
    """The named body whose organ ``subject`` (a noun token) is, or None."""
    if subject.lower_ not in ORGANS:
        return None
    # The body is written before the organ: its compound or possessor, or however the parser
    # hung a long name on it ("the Organization of American States secretariat").
    for child in subject.lefts:
        if child.pos_ not in ("PROPN", "NOUN"):
            continue
        key = table.key_at(child.idx, child.idx + len(child.text))
        if key is not None and table.draft(key).type in _BODIES:
            return key
    return None
