"""A body named for its members with a plural possessive: "the Workers' Party".

Parties, unions and associations are often named for whom they serve ("the Workers' Party",
"the Farmers' Union", "the National Nurses' Association"); the model leaves many untagged, the
parse reading the plural as a possessor. A body word (party, union, association, ...) whose
possessor is a capitalised plural written with a bare apostrophe is that body's name.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable

__all__ = ["owned_bodies"]

_BODY_WORDS = frozenset(
    {"party", "union", "association", "federation", "congress", "movement", "league",
     "alliance", "council", "front", "guild", "society", "coalition", "confederation"}
)  # fmt: skip


def owned_bodies(doc: Any, table: ActorTable) -> None:
    """Mark each untagged "Members' Body" name as an organisation (see above)."""
    for token in doc:
        if token.ent_type_ or token.lower_ not in _BODY_WORDS or not token.text[:1].isupper():
            continue
        owner = next((c for c in token.children if c.dep_ == "poss" and c.i == token.i - 2), None)
        if owner is None or doc[token.i - 1].text not in ("'", "’"):
            continue
        if not (owner.text[:1].isupper() and owner.text.endswith("s") and owner.is_alpha):
            continue
        first = owner
        while (
            first.i > 0 and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].text.istitle()
        ):
            first = doc[first.i - 1]
        start, end = first.idx, token.idx + len(token.text)
        if not table.key_at(start, end):
            table.add_entity(start, end, "ORG")
