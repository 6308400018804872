"""A view owned by someone and set before a clause: "In his opinion, X", "in the view of Y, X".

News reports an opinion without a verb of saying by putting the holder's view before the
clause it holds: the clause is the holder's indirect statement, as after "according to".
"""

from __future__ import annotations

from typing import Any

__all__ = ["VIEW_NOUNS", "in_ones_view"]

VIEW_NOUNS = frozenset({"opinion", "view"})


def in_ones_view(token: Any) -> bool:
    """ "In his opinion, the conflict is becoming destructive", "in the view of the union, ...":
    a view owned by someone and set before a clause, which it reports as theirs."""
    prep = token.head
    if (
        token.lower_ not in VIEW_NOUNS
        or token.dep_ != "pobj"
        or prep.lower_ != "in"
        or prep.head.pos_ not in ("VERB", "AUX")
    ):
        return False
    owned = any(c.dep_ == "poss" for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    )
    return owned and prep.i < prep.head.i
