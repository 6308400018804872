"""Links in the parse from one token to another: the verb above a token, the doer an act noun
names after "by", the agent a passive's amount took, the subject of a verb done in a named way,
the preposition that opens a plural's examples, a token's conjuncts, an object the parser
read as a participle's subject, a subject that only points back ("it", "this", "that")."""

from __future__ import annotations

from typing import Any

__all__ = [
    "amount_agent",
    "conjuncts",
    "deed_doer",
    "doer_by",
    "example_prep",
    "object_read_as_subject",
    "pointing_subject",
    "verb_above",
]

Token = Any  # spaCy Token


def verb_above(token: Any, limit: int = 50) -> Any | None:
    """The nearest verb above ``token`` (itself excluded), at most ``limit`` heads up, or None."""
    head = token
    for _ in range(limit):
        if head.head.i == head.i:
            return None
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def doer_by(noun: Any) -> Any | None:
    """The doer an act noun names after "by" ("the decision by the commission to annul ..."),
    else None."""
    return next(
        (g for c in noun.children if c.dep_ == "agent" or c.lower_ == "by" for g in c.children
         if g.dep_ == "pobj"),
        None,
    )  # fmt: skip


# Nouns of manner: "behaved in a predatory way".
_MANNER = frozenset({"way", "manner", "fashion"})
# Verbs whose subject does what their object names ("made a decision", "waged a campaign"), not
# undergoes it ("faced illegal competition", "condemned the illegal arrest").
_DOING = frozenset(
    {"make", "take", "adopt", "pursue", "launch", "issue", "commit", "wage", "run", "use",
     "employ", "impose", "carry", "conduct", "mount", "stage", "deliver", "hand"}
)  # fmt: skip


def amount_agent(verb: Any) -> Any | None:
    """ "was fined 5 million euros by the commission": the agent the parser hung on the amount
    a passive verb takes (the "by" phrase), else None."""
    return next(
        (c for d in verb.children if d.dep_ == "dobj" and any(n.like_num for n in d.subtree)
         for c in d.children if c.dep_ == "prep" and c.lower_ == "by"),
        None,
    )  # fmt: skip


def deed_doer(noun: Any) -> Any | None:
    """The subject of the verb ``noun`` is the object of ("X made an illegitimate decision") or
    the manner of ("X is behaving in a predatory way"), else None."""
    verb = noun.head
    if noun.dep_ == "pobj" and noun.lemma_.lower() in _MANNER and verb.lower_ == "in":
        verb = verb.head
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in _DOING:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def example_prep(prep: Token) -> bool:
    """A preposition that opens a plural's examples: "bodies such as X", "countries,
    including X", "groups like X"."""
    return prep.dep_ == "prep" and (
        prep.lower_ in ("including", "like")
        or (prep.lower_ == "as" and any(a.lower_ == "such" for a in prep.children))
        or (prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")
    )


def conjuncts(token: Any) -> list[Any]:
    """The conjuncts of ``token``, nested ones included ("A, B and C": B and C), in order."""
    out = []
    todo = [c for c in token.children if c.dep_ == "conj"]
    while todo:
        conj = todo.pop(0)
        out.append(conj)
        todo += [c for c in conj.children if c.dep_ == "conj"]
    return out


def object_read_as_subject(token: Any) -> Any | None:
    """ "rejected the election results terming it a fraud": the parser may read the object as
    the subject of a participle clause on the verb; the participle's noun subject is the
    object."""
    for clause in token.children:
        if clause.dep_ == "ccomp" and clause.tag_ == "VBG" and clause.i > token.i:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return subject
    return None


def pointing_subject(verb: Token) -> bool:
    """Whether ``verb`` has a subject that only points back: "it", "this" or "that" ("It was a
    flawed election", "It demonstrates contempt")."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in verb.children)
