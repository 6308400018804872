"""A body named for its members: "the Workers' Party", "the Halvor nurses union".

Parties, unions and associations are often named for whom they serve ("the Workers' Party",
"the Farmers' Union", "the National Nurses' Association"); the model leaves many untagged, the
parse reading the plural as a possessor. A body word (party, union, association, ...) whose
possessor is a capitalised plural written with a bare apostrophe is that body's name. News
also names a union by the employer and the trade in lower case ("the Halvor nurses union",
"the Portline dockers' union"): a named employer, a plural noun of people, a union word make
one organisation, which "the union" then means (``mention_groups``).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable, clean_name

__all__ = ["owned_bodies", "trade_unions"]

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


_UNION_WORDS = frozenset({"union", "guild", "association", "federation"})


def trade_unions(doc: Any, table: ActorTable) -> None:
    """Name each "<Employer> <members> union" as one organisation (see above)."""
    for token in doc:
        if token.lower_ not in _UNION_WORDS or not token.text.islower() or token.ent_type_:
            continue
        members = doc[token.i - 1] if token.i else None
        if members is not None and members.text in ("'", "’") and token.i > 1:
            members = doc[token.i - 2]  # "the Portline dockers' union"
        if members is None or not (members.is_lower and members.text.endswith("s")):
            continue  # the parse may take "nurses" for a verb: its form is read
        employer = doc[members.i - 1] if members.i else None
        if employer is None or not employer.text[:1].isupper() or employer.pos_ != "PROPN":
            continue
        key = table.key_at(employer.idx, employer.idx + len(employer.text))
        if key is None and employer.ent_type_ != "ORG":
            continue
        if key is not None and table.draft(key).type != "Organization":
            continue
        start = employer.idx
        if key is not None:
            start = min(
                m.start for m in table.draft(key).mentions if m.start <= employer.idx < m.end
            )
        name = clean_name(table.text[start : token.idx + len(token.text)])
        table.add_agent(start, token.idx + len(token.text), name, "Organization")
