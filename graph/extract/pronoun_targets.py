"""A quoted pronoun aimed at: "we support them", "we will fight him" (``stance_roles``).

"Them", "him" or "her" in a quotation is the latest actor of that kind named before it, never
the speaker; "them" is a group of people (a country or an organisation is "it"), and none
when a plural noun of people no actor names stands between ("sympathy for the opposition
leaders ... we support them").
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.lexicon import PERSON_NOUNS, PUT_TO
from graph.extract.parse_links import verb_above
from graph.model import Quote

__all__ = ["pronoun_owner", "pronoun_target"]


def pronoun_target(obj: Any, table: ActorTable, quote: Quote | None) -> tuple[str, str, str] | None:
    """'them', 'him', 'her' in a quotation: the latest actor of that kind, not the speaker.

    "Them" is a group of people ("the protesters ... we support them"); a country or an
    organisation is "it", so neither is the target of a quoted "them".
    """
    if quote is None or obj.lower_ not in ("them", "him", "her"):
        return None
    kind = "Group" if obj.lower_ == "them" else "Person"
    for _, end, key in reversed(table.mentions_before(obj.idx)):
        draft = table.draft(key)
        if table.id_of(key) != quote.speaker and draft.type == kind:
            if kind == "Group" and _people_between(obj, end, table):
                return None  # "sympathy for the opposition leaders": people no actor names
            return "actor", table.id_of(key), draft.name
    return None


def _people_between(obj: Any, start: int, table: ActorTable) -> bool:
    """Whether a plural noun of people no actor names stands between ``start`` and ``obj``."""
    for token in reversed(obj.doc[: obj.i]):
        if token.idx < start:
            return False
        if (
            token.tag_ in ("NNS", "NNPS")
            and token.lemma_.lower() in PERSON_NOUNS
            and table.key_at(token.idx, token.idx + 1) is None
        ):
            return True
    return False


_PUT = PUT_TO | {"plea", "call"}


def pronoun_owner(obj: Any, table: ActorTable) -> str | None:
    """ "X asked for a recount; the court denied his request": whose request a "his" or "her"
    is, the latest person named before it who is not the verb's own subject (the one denying).
    """
    if obj.lemma_.lower() not in _PUT:  # "denied his request", "rejected her plea"
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in ("his", "her"):
        return None
    verb = verb_above(obj, limit=3) or obj.head  # "ruled against his appeal": the verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    own = {table.key_at(c.idx, c.idx + len(c.text)) for c in subjects}
    # "the court, led by Judge X, rejected her request": X is part of the rejecter
    inside = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge.text)) for s in subjects]
    for start, _, key in reversed(table.mentions_before(owner.idx)):
        if any(a <= start < b for a, b in inside):
            continue
        if table.draft(key).type == "Person" and key not in own:
            return key
    return None
