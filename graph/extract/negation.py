"""Whether a stance word is turned: negated ("did not support"), governed by a verb that denies
it ("refused to recognise") or named as what there is no ground for ("no reason to accept").

>>> from graph.extract.nlp import load_pipeline
>>> (doc,) = load_pipeline().parse(["There is no legal basis to question the result."])
>>> no_reason(doc[6])
True
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import (
    DOUBTFUL_MODALS,
    NEGATIONS,
    NEGATIVE_IMPLICATIVES,
    UNTRUE_WORDS,
    WISHING_VERBS,
)
from graph.extract.subordinators import CONDITIONS, QUESTIONS, opened_by, opening_words

__all__ = [
    "asked_sentence",
    "asserted",
    "called_untrue",
    "doubt_voiced",
    "implied_not",
    "in_question",
    "is_turned",
    "modal",
    "negated",
    "no_reason",
    "nobody_does",
    "not_enough",
    "to_come",
]

# What an act may be said to have no ground for: "no reason to accept", "no basis to question".
_GROUNDS = frozenset({"reason", "ground", "basis", "cause", "need", "justification"})


def negated(token: Any) -> bool:
    """'did not support', 'never backed' (not 'without specifying')."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for c in token.children
    )


def implied_not(token: Any) -> bool:
    """'refused to recognise', 'failed to support': the governing verb turns the stance."""
    head = token.head
    return (
        token.dep_ == "xcomp"
        and head.i != token.i
        and (head.lemma_.lower() in NEGATIVE_IMPLICATIVES) != negated(head)
    )


def no_reason(verb: Any) -> bool:
    """ "I don't see any reason why we should accept the results", "there is no basis to
    question them": the act is one its ground is denied for."""
    reason = verb.head
    if verb.dep_ not in ("relcl", "acl") or reason.lemma_.lower() not in _GROUNDS:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in reason.children):
        return True
    return reason.dep_ in ("dobj", "attr") and negated(reason.head)


_TRUE = frozenset({"true", "correct", "accurate", "right", "the case"})
_UNTRUE = UNTRUE_WORDS | {"wrong", "inaccurate", "lie", "falsehood"}


def called_untrue(clause: Any) -> bool:
    """Whether ``clause`` is followed by a comment that denies it: "the world says the vote was
    fair, which was not true", "..., which is a lie" (a "which" after a comma, right after the
    clause's last word, whose predicate calls it false; not one about a noun inside it).

    >>> from graph.extract.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> doc, plain = nlp.parse(["They say the vote was fair, which is not true.",
    ...                         "They say the vote, which was held in May, was fair."])
    >>> called_untrue(doc[4]), called_untrue(plain[11])
    (True, False)
    """
    doc = clause.doc
    for which in (
        t for t in doc[clause.left_edge.i : clause.right_edge.i + 3] if t.lower_ == "which"
    ):
        if which.i < 2 or doc[which.i - 1].text != ",":
            continue
        comment = which.head
        near = (comment.i, comment.head.i, comment.head.head.i)  # on it, its noun, or beside it
        if clause.i not in near and comment.head.i != clause.head.i:
            continue  # a clause of its own, or a relative clause on a noun of another clause
        # the clause's words up to the comma, leaving out the comment's own
        own = {w.i for w in comment.subtree}
        said = [t for t in clause.subtree if t.i not in own]
        said = [t for t in said if not t.is_punct]
        if not said or said[-1].i != which.i - 2:
            continue  # "the count, which was not accurate, took days": inside, not after
        words = {c.lower_ for c in comment.children if c.dep_ in ("acomp", "attr")}
        words |= {"the case"} if any(c.lower_ == "case" for c in comment.children) else set()
        turned = negated(comment)
        if (words & _TRUE and turned) or (words & _UNTRUE and not turned):
            return True
    return False


def is_turned(token: Any) -> bool:
    """Whether the stance ``token`` states is turned, in any of the three ways above."""
    return negated(token) or implied_not(token) or no_reason(token)


def in_question(token: Any) -> bool:
    """Whether ``token`` lies in a question asked, not an answer given: "the court is to rule
    whether the claim is groundless", "I don't know if the charges are false" say neither that
    it is nor that it is not."""
    clause = _clause(token)
    opening = opening_words(clause)
    return "whether" in opening or ("if" in opening and clause.dep_ == "ccomp")


def doubt_voiced(token: Any) -> bool:
    """Whether the question ``token`` lies in voices a doubt of its asker ("questioned whether
    X was fit to lead"): a stance on what is asked about, though nothing asked is asserted."""
    clause = _clause(token)
    return clause.head.i != clause.i and clause.head.lemma_.lower() in _DOUBTING


def _clause(token: Any) -> Any:
    head = token
    while head.head.i != head.i and head.dep_ not in ("ccomp", "advcl", "xcomp", "pcomp"):
        head = head.head
    return head


# Verbs by which a question voices a doubt: "questioned whether X was fit to lead".
_DOUBTING = frozenset({"question", "doubt", "wonder", "query"})


def modal(verb: Any, words: frozenset[str] = DOUBTFUL_MODALS) -> bool:
    """Whether ``verb`` takes one of the modal auxiliaries ``words`` ("could reject", "may
    show")."""
    return any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)


def not_enough(verb: Any) -> bool:
    """ "problems, but not enough to challenge X's victory", "the irregularities were not enough
    to challenge it", "insufficient to overturn it": what is short of the act, which therefore
    does not happen."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    if head.lower_ == "insufficient":
        return True
    if head.lower_ not in ("enough", "sufficient"):
        return False
    # "were not enough to": the negation may sit on the copula the adjective completes
    return negated(head) or (head.dep_ == "acomp" and negated(head.head))


def asserted(verb: Any) -> bool:
    """Whether ``verb`` tells a deed as done, not one wished, feared, asked about or possible:
    a finite verb ("lifted", "has eased") with no modal ("could ease", "must get it right"), no
    condition ("if X gets it wrong"), outside a question ("Did X make the right call?"), not
    under a verb that denies it ("refused to"), nor under a governing verb of wanting, fearing
    or doubting, or one denied ("Nobody thinks X did a good job")."""
    helper = {"VBN": "have", "VB": "do"}.get(verb.tag_)  # "has eased", "did not make"
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lemma_ == helper for c in verb.children
    )
    if not finite or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    if opened_by(verb, CONDITIONS | QUESTIONS):
        return False
    if asked_sentence(verb) or implied_not(verb):
        return False
    for above in verb.ancestors:
        if above.pos_ not in ("VERB", "AUX"):
            continue
        if above.lemma_.lower() in _UNREAL or negated(above) or nobody_does(above):
            return False
    return True


# Verbs under which a deed is wished, feared, doubted or proposed, not told as done.
_UNREAL = WISHING_VERBS | (_DOUBTING - {"query"}) | {"fear", "warn", "consider", "propose", "deny"}
_NOBODY = frozenset({"nobody", "none", "nothing", "noone", "no-one"})


def nobody_does(verb: Any) -> bool:
    """Whether ``verb``'s subject is no one: "nobody thinks", "none of them", "no one", "no
    party rigged it"."""
    return any(
        c.dep_ == "nsubj" and (c.lower_ in _NOBODY or any(g.lower_ == "no" for g in c.children))
        for c in verb.children
    )


def asked_sentence(token: Any) -> bool:
    """Whether ``token``'s sentence is a question ("Did X accuse the council ...?")."""
    return token.sent.text.rstrip(" ”\"'’").endswith("?")


def to_come(verb: Any) -> bool:
    """Whether ``verb`` tells of an act still to come or only possible ("will make the
    announcement later this morning", "would issue a statement"): a modal on it."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)
