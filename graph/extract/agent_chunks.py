"""The noun phrases a generic agent may head, as the parser's noun chunks miss some.

The chunker leaves "the court" of "the court's decision" inside the owner's chunk, and drops a
phrase that would overlap a chunk already given: in "The Democratic Republic of Congo's
constitutional court ruled", "Congo" is a chunk, so the court's phrase is none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["agent_chunks"]


def agent_chunks(doc: Any, chunks: Iterable[Any], heads: frozenset[str]) -> Iterator[Any]:
    """The noun chunks, each after the agent that owns its head ("the court" of "the court's
    decision"), then every noun of ``heads`` no chunk ends on and that names an agent of its own
    (``_qualifies``), with the words before it that depend on it (its owner's name with them:
    "The Democratic Republic of Congo's")."""
    ends: set[int] = set()
    for chunk in chunks:
        owner = next((c for c in chunk.root.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in heads and owner.pos_ == "NOUN":
            ends.add(owner.i)
            yield owner.doc[owner.left_edge.i : owner.i + 1]
        ends.add(chunk.root.i)
        yield chunk
    for token in doc:
        if (
            token.i not in ends
            and token.pos_ == "NOUN"
            and token.lower_ in heads
            and not _qualifies(token)
        ):
            yield doc[token.left_edge.i : token.i + 1]


def _qualifies(token: Any) -> bool:
    """Whether ``token`` only qualifies the noun it hangs on: anything but an act noun ("the
    opposition leader Ana Vidal" is a person, "the opposition party" that party's phrase, "a
    police station" a place); "the opposition case", "a court ruling" are the agent's acts."""
    qualifying = token.dep_ in ("compound", "amod", "nmod")
    return qualifying and token.head.lemma_.lower() not in _ACTS


# Nouns of acts an agent qualifying them does: "the opposition case", "an army crackdown".
_ACTS = frozenset(
    {"case", "challenge", "appeal", "petition", "lawsuit", "complaint", "claim", "bid", "demand",
     "protest", "boycott", "campaign", "ruling", "decision", "verdict", "order", "statement",
     "crackdown", "raid", "operation", "offensive", "victory", "win", "proposal", "plan", "rally",
     "march", "strike", "walkout", "demonstration", "vote", "ban", "move", "policy"}
)  # fmt: skip
