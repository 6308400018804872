"""The reason given for disputing a thing, which is no part of the thing disputed.

"will dispute the results of the vote over alleged fraud": what is disputed is the results; the
alleged fraud is why. The parser hangs "over ..." on the nearest noun ("the vote over alleged
fraud"), so a claim read from the whole object phrase would take the fraud for the thing
disputed and turn the dispute upside down. So is how the doer names the thing ("rejected the
results terming them a fraud"): the naming participle the parser hangs on the object.
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import CONFLICT_NOUNS, DENIAL_VERBS, DISPUTE_VERBS, NAMING_VERBS

__all__ = ["naming_tokens", "reason_tokens"]

# Prepositions that give a dispute's reason: "challenged the tally over irregularities",
# "rejected the results amid fraud claims".
_REASONS = frozenset({"over", "amid"})
# Nouns whose "over" phrase is their content: "the row over fraud", "concerns over rigging".
_ABOUT = CONFLICT_NOUNS | {
    "concern", "allegation", "claim", "fear", "question", "doubt", "controversy", "accusation",
    "charge", "complaint", "criticism", "outcry", "debate", "report",
}  # fmt: skip


def reason_tokens(obj: Any, verb: Any) -> set[int]:
    """Indices of the reason phrases inside ``obj``, the object of a disputing ``verb``.

    Empty for any other verb, and for a phrase whose head names a concern or a row ("rejected
    the concerns over rigging": the concerns are about the rigging).
    """
    if verb is None or verb.lemma_.lower() not in DISPUTE_VERBS | DENIAL_VERBS:
        return set()
    return {
        t.i
        for prep in obj.subtree
        if prep.dep_ == "prep"
        and prep.lower_ in _REASONS
        and prep.head.lemma_.lower() not in _ABOUT
        for t in prep.subtree
    }


def naming_tokens(obj: Any) -> set[int]:
    """Indices of a naming participle the parser hung on the object ("rejected the results
    terming them a fraud", "calling it a sham"): how the doer names the thing, no part of it."""
    return {
        t.i
        for c in obj.children
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in NAMING_VERBS
        for t in c.subtree
    }
