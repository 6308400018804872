"""Whose act an instrument's is: "Rud's order prohibits X", "Rud signed an order that bans X".

An order, a decree, a ruling or a law does what its issuer does through it: the subject of a
stance verb that names such an instrument stands for the one who issued it, the possessor
written on it ("the governor's order") or the subject of the verb that issued it ("the
governor signed an order that prohibits X", read through the relative "that").
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable

__all__ = ["INSTRUMENTS", "issuer_of"]

# Instruments that act for whoever issues them.
INSTRUMENTS = frozenset(
    {"order", "decree", "ruling", "decision", "judgment", "judgement", "verdict", "directive",
     "executive", "proclamation", "edict", "injunction", "law", "ban", "resolution"}
)  # fmt: skip
# Verbs that issue an instrument: an order is signed, passed or imposed, not read, sent, given
# or published as a document is (``lexicon.ISSUING_VERBS``, of which these are a part).
_ISSUING = frozenset({"issue", "sign", "hand", "pass", "adopt", "announce", "impose", "deliver"})
# "obtained an order restraining X": who sought a court's order acts through it too (not "the
# paper obtained a draft decree": a leak).
_OBTAINING = frozenset({"obtain", "secure"})
_COURT_ORDERS = frozenset({"order", "injunction", "ruling", "judgment", "judgement"})


def issuer_of(subject: Any, table: ActorTable) -> str | None:
    """The named actor who issued the instrument ``subject`` names, else None."""
    noun = subject
    if subject.lower_ in ("that", "which") and subject.head.dep_ == "relcl":
        noun = subject.head.head  # "an order that prohibits X": the order
    if noun.lemma_.lower() not in INSTRUMENTS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return table.named_at(owner.idx, owner.idx + len(owner.text))
    verb, lemma = noun.head, noun.head.lemma_.lower()
    if noun.dep_ != "dobj" or (lemma not in _ISSUING and lemma not in _OBTAINING):
        return None
    if lemma in _OBTAINING and noun.lemma_.lower() not in _COURT_ORDERS:
        return None  # "the paper obtained a draft decree": a leak, no act of the paper's
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return table.named_at(doer.idx, doer.idx + len(doer.text)) if doer is not None else None
