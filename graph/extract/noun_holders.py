"""Whose a quoted stance noun is: the speaker's, a third party's or a thing's, or nobody's.

"Our support for X" is the speaker's, "her support for X" another's (``another_owns``);
"thousands of people hailed the victory of X", told by a
speaker, is the crowd's (``third_party``); "this ruling is an endorsement of X" is the ruling's
(``thing_holds``); "the ruling does not represent an endorsement of X" is nobody's
(``not_carried``), though "we will not withdraw our support for X" keeps it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.extract.negation import negated

if TYPE_CHECKING:
    from graph.extract.actors import ActorTable

__all__ = ["SPEAKERS_OWN", "another_owns", "not_carried", "thing_holds", "third_party"]

SPEAKERS_OWN = frozenset({"my", "our"})
"""Possessives that make a quoted noun the speaker's own ("our support", "my view")."""


def another_owns(token: Any) -> bool:
    """Whether a quoted noun has an owner other than the speaker ("her support for X", "the
    union's opposition to X"), not "our support for X"."""
    return any(c.dep_ == "poss" and c.lower_ not in SPEAKERS_OWN for c in token.children)


def third_party(verb: Any, token: Any) -> bool:
    """Whether a quoted verb on a victory has a subject of its own, neither the victory nor the
    speaker's pronoun: "thousands of people hailed the victory of X", told by a speaker, is the
    crowd's act, not the speaker's stance."""
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.i != token.i and token not in c.subtree and c.pos_ != "PRON" for c in subjects)


# Verbs that undo a stance, whose negation keeps it: "will not withdraw our support for X",
# "will never waver in our support".
_WITHDRAWING = frozenset(
    {"withdraw", "waver", "abandon", "drop", "end", "lose", "weaken", "cease", "stop", "retract",
     "falter", "reduce", "pull", "scale", "change", "reconsider"}
)  # fmt: skip


def not_carried(verb: Any) -> bool:
    """Whether the verb over a stance noun says it is not so ("does not represent an
    endorsement of X", "did not comment on the crackdown by X"); not a withdrawal denied, nor a
    comparison ("our support has never been stronger")."""
    if not negated(verb) or verb.lemma_.lower() in _WITHDRAWING:
        return False
    return not any(c.dep_ == "acomp" and c.tag_ in ("JJR", "RBR") for c in verb.children)


def thing_holds(verb: Any, token: Any, table: ActorTable) -> bool:
    """Whether a quoted stance noun is said of a thing, the verb's nearest subject a common
    noun no actor names ("this ruling is an endorsement of X"): the thing's backing, if any,
    not the speaker's; not "my government offers its support", "our vote is an endorsement".
    (A fault said of a thing is the speaker's verdict on it; the caller asks only of backing.)"""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if not subjects:
        return False
    subject = max(subjects, key=lambda c: c.i)  # the nearest: a clause before may lend another
    return (
        subject.i != token.i
        and token not in subject.subtree
        and subject.pos_ == "NOUN"
        and table.key_at(subject.idx, subject.idx + len(subject.text)) is None
        and not any(c.lower_ in SPEAKERS_OWN for t in (subject, token) for c in t.children)
    )
