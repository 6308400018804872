"""A definite plural that stands for the one group the story describes: "the unions".

"Three of Ontario's four teachers' unions are taking strike votes ... Lecce accused the unions
of escalating the dispute": "the unions" are the unions described before, the target of the
accusation, not a fragment. After speakers are known, a bare definite plural ("the unions",
"the protesters", the determiner and the noun alone) whose noun ends the name of exactly one
group actor of the story is a mention of that group, before or after the description (a lead
says "the unions" and describes them further down). With two such groups, or none, it stays
nobody (a bare collective names no one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.text import fold

if TYPE_CHECKING:
    from graph.extract.actors import ActorTable

__all__ = ["mention_groups"]

_GROUP_TYPES = ("Group", "Organization", "GovernmentBody")


def mention_groups(chunks: list[Any], table: ActorTable) -> None:
    """Attach each bare definite plural of ``chunks`` to the one group it points back to."""
    groups = [
        (key, fold(draft.name).split()[-1])
        for key, draft in table.drafts.items()
        if draft.type in _GROUP_TYPES and draft.registry is None and " " in draft.name
    ]
    if not groups:
        return
    for chunk in chunks:
        root = chunk.root
        if root.tag_ != "NNS" or len(chunk) != 2 or chunk[0].lower_ not in ("the", "these"):
            continue
        if table.key_at(root.idx, root.idx + len(root.text)):
            continue
        found = {key for key, last in groups if last == root.lower_}
        if len(found) == 1:
            table.attach(found.pop(), chunk.start_char, chunk.end_char, alias=False)
