"""How an election was conducted, as a verdict on it: "in transparency", "in an atmosphere of fear".

Observers judge a vote by the manner of its conduct as often as by a label: "the ballot took
place in transparency", "the vote was held in a calm and orderly manner" say it was free and
fair; "the election was conducted in an intimidating atmosphere", "the poll took place amid a
climate of fear" deny it, and so does an election that "lacked transparency" or "lacked
credibility" (or was "undermined by a lack of transparency": ``lacked``). The election is the
subject of a verb of conduct (held, conducted, took place, unfolded, went) or of "lack"; the
manner is the object of "in" or "amid", read from the noun and its adjectives ("an intimidating
atmosphere": the adjective decides where the noun is neutral). A manner with no judgement in it
("in December", "in two rounds") is none. An adverb of the conduct judges it too ("the vote was
conducted freely and fairly", "went smoothly"; "was run fraudulently" denies it).
"""

from __future__ import annotations

from typing import Any

from graph.extract.elections import is_election

__all__ = ["CONDUCT_VERBS", "MANNER_ADVERBS", "lacked", "manner_verdict"]

_FAIR = "election-was-free-and-fair"
CONDUCT_VERBS = frozenset(
    {"conduct", "hold", "take", "unfold", "go", "proceed", "pass", "run", "organise", "organize",
     "carry", "happen", "occur", "coordinate", "administer", "manage", "stage"}
)  # fmt: skip
"""Verbs an election is held or goes by: "was conducted", "went smoothly", "to hold polls"."""
# Adverbs of the same conduct: "the vote was conducted freely and fairly", "went smoothly".
_GOOD_ADVERBS = frozenset(
    {"freely", "fairly", "peacefully", "smoothly", "transparently", "calmly", "credibly",
     "openly", "orderly"}
)  # fmt: skip
_BAD_ADVERBS = frozenset({"violently", "chaotically", "fraudulently", "unfairly"})
MANNER_ADVERBS = _GOOD_ADVERBS | _BAD_ADVERBS
_MANNER_PREPS = frozenset({"in", "amid", "amidst", "under"})
# Manners that say the vote was fair, and manners that deny it.
_GOOD = frozenset(
    {"transparency", "fairness", "freedom", "openness", "calm", "serenity", "order", "orderly",
     "transparent", "fair", "free", "open", "peaceful", "credible", "serene"}
)  # fmt: skip
_BAD = frozenset(
    {"intimidation", "fear", "violence", "chaos", "secrecy", "opacity", "coercion", "repression",
     "terror", "intimidating", "violent", "chaotic", "opaque", "repressive", "coercive",
     "hostile", "fearful", "oppressive", "tense"}
)  # fmt: skip
# What an election may lack: "the vote lacked transparency" denies it was free and fair.
_LACKED = frozenset(
    {"transparency", "credibility", "legitimacy", "fairness", "integrity", "freedom", "openness"}
)


def manner_verdict(word: Any) -> tuple[str, bool, Any, Any] | None:
    """(predicate id, asserted, election noun, verb) when ``word``, the noun of a manner or of
    what an election lacked, judges the election; None otherwise.

    >>> from graph.extract.nlp import load_pipeline
    >>> (doc,) = load_pipeline().parse(["They said the ballot took place in transparency."])
    >>> found = manner_verdict(doc[7])
    >>> found[0], found[1], found[2].text, found[3].text
    ('election-was-free-and-fair', True, 'ballot', 'took')
    """
    if word.pos_ == "ADV" and word.dep_ == "advmod" and word.head.lemma_.lower() in CONDUCT_VERBS:
        adverbs = {word.lower_, *(c.lower_ for c in word.children if c.dep_ == "conj")}
        good, bad = bool(adverbs & _GOOD_ADVERBS), bool(adverbs & _BAD_ADVERBS)
        return _judged(word.head, good) if good != bad else None
    if word.pos_ != "NOUN":
        return None
    if word.dep_ == "dobj" and word.head.lemma_.lower() == "lack":
        verb = word.head
        if word.lemma_.lower() not in _LACKED:
            return None
        return _judged(verb, False)
    if word.dep_ != "pobj" or word.head.lower_ not in _MANNER_PREPS:
        return None
    verb = word.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CONDUCT_VERBS:
        return None
    words = {word.lemma_.lower(), *(c.lower_ for c in word.children if c.dep_ in ("amod", "conj"))}
    # "a climate of fear": the noun the manner is of
    words |= {g.lemma_.lower() for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"}  # fmt: skip
    good, bad = bool(words & _GOOD), bool(words & _BAD)
    if good == bad:
        return None  # no judgement, or both ("calm but tense")
    return _judged(verb, good)


def _judged(verb: Any, fair: bool) -> tuple[str, bool, Any, Any] | None:
    elections = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and is_election(c)]
    return (_FAIR, fair, elections[0], verb) if elections else None


def lacked(noun: Any) -> bool:
    """Whether "a lack" is of what an election needs ("a lack of transparency")."""
    return any(
        g.lemma_.lower() in _LACKED
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )
