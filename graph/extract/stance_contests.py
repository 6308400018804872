"""Contesting a decision opposes whoever made it: "X will appeal the decision", "Y took issue
with the ruling", "Z said it disagreed with the verdict", "W rejected the judgement"; welcoming
it ("V welcomed the verdict", "U hailed the ruling") stands with its maker.

A decision, ruling, verdict, ban, fine, directive, decree, policy or move is someone's act.
The one who appeals, challenges or disputes it, speaks out or appeals against it, or disagrees
or takes issue with it, or objects to it, opposes its maker: the decision's owner where the phrase names one
("the authority's decision", "the decision by the court", "the CMA ruling"), else the actor who last made such a decision in the sentences just before ("The
regulator on Tuesday blocked the takeover. The company said it would appeal the decision.").
Nobody opposes a decision of their own, and a negated contest ("will not appeal") is none.
An appeal with no object ("X was suspended by the agency ... X appealed to the court") contests
the last decision made against the appellant: against the agency, not the court.
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import (
    CONDEMNING_VERBS,
    DECIDING_VERBS,
    DECISION_NOUNS,
    GRANTING_VERBS,
    SPEECH_VERBS,
)
from graph.extract.owners import owner_of
from graph.extract.stance_phrases import AGAINST_VERBS
from graph.extract.stance_roles import SELF_WORDS, negated
from graph.extract.stance_scope import Scope, stance_of
from graph.extract.syntax import subjects_of
from graph.extract.title_phrases import apposed_key
from graph.model import Quote

__all__ = ["contested_decision", "decides"]

# Verbs that contest their object: "appeal the decision", "will challenge the ruling",
# "rejected the verdict", "condemned the ban", "defied the order".
_CONTESTING = CONDEMNING_VERBS | {
    "appeal", "challenge", "contest", "dispute", "fight", "overturn", "reject", "question", "defy",
    "disregard",
}  # fmt: skip
# Verbs that welcome their object: "welcomed the ruling", "hailed the verdict".
_WELCOMING = frozenset({"welcome", "hail", "applaud", "praise", "commend", "celebrate", "salute"})
# Words that contest with "with": "disagreed with the ruling", "took issue with the decision".
_DIFFERING = frozenset({"disagree", "issue", "quarrel"})
# Deciding verbs that also report facts: a decision only on an object ("confirmed X's win").
_FINDING = frozenset({"confirm", "validate", "certify", "declare", "proclaim"})
_WON_WORDS = frozenset({"win", "winner", "victory", "elect"})  # "confirmed that X had won"
_LOOK_BACK = 3  # sentences before the contest where its decision's maker may be named
_THIRD_PERSON = frozenset({"it", "they", "he", "she"})


def contested_decision(token: Any, quote: Quote | None, scope: Scope) -> None:
    """Add the stance of contesting the decision noun ``token`` (see above), or of appealing
    with no object (``token`` the verb: "X appealed to the court"), if any."""
    if token.pos_ == "VERB":
        _appealed(token, quote, scope)
        return
    if token.lemma_.lower() not in DECISION_NOUNS:
        return
    verb, polarity = _contesting_verb(token), "oppose"
    # "will not accept the ruling" contests it; "will not appeal the ruling" does not.
    if verb is not None and negated(verb) != (verb.lemma_.lower() in GRANTING_VERBS):
        return
    if verb is None:  # "welcomed the verdict", "was quick to hail the ruling": for its maker
        verb, polarity = _object_verb(token, _WELCOMING), "support"
        if verb is None or negated(verb):
            return
    source = _contester(verb, quote, scope)
    # The decision's named maker, else the last to decide before the contest (not the
    # contesting verb itself, "rejected"): "The regulator blocked the takeover. X appealed".
    maker = _maker(token, scope) or _decider(min(token, verb, key=lambda t: t.i), scope)
    if source is None or maker is None or source == maker:
        return
    stance = stance_of(source, maker, polarity, verb, quote, scope, 0.6)
    scope.add(stance)
    scope.contests.append(stance)


_TAKING_ISSUE = _CONTESTING | GRANTING_VERBS


def _object_verb(noun: Any, lemmas: frozenset[str]) -> Any | None:
    """The verb among ``lemmas`` whose object ``noun`` is ("welcomed the verdict"), or None."""
    head = noun.head
    taken = noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in lemmas
    return head if taken else None


def _appealed(verb: Any, quote: Quote | None, scope: Scope) -> None:
    """ "X was suspended by Y ... X appealed to the court": an appeal with no object contests
    the last decision made against the appellant, and opposes its maker."""
    if verb.lemma_.lower() != "appeal" or negated(verb):
        return
    if any(
        c.dep_ in ("dobj", "ccomp", "xcomp") or c.lower_ in ("for", "against")
        for c in verb.children
    ):
        return  # "appealed for calm", "appealed the ruling" (read from the noun)
    source = _contester(verb, quote, scope)
    maker = _decided_against(verb, source, scope) if source is not None else None
    if maker is not None and maker != source:
        scope.add(stance_of(source, maker, "oppose", verb, quote, scope, 0.55))


def _decided_against(verb: Any, appellant: str, scope: Scope) -> str | None:
    """Who last decided against ``appellant`` before ``verb``: the agent of a deciding verb
    whose object or passive subject is the appellant ("was suspended ... by the agency")."""
    return _decider(verb, scope, appellant)


def _window_start(token: Any) -> int:
    """The first token of the sentence ``_LOOK_BACK`` sentences before ``token``'s."""
    first = token.sent.start
    for _ in range(_LOOK_BACK):
        if first == 0:
            break
        first = token.doc[first - 1].sent.start
    return first


def _actor_at(token: Any, scope: Scope, named: bool = False) -> str | None:
    """The actor id mentioned at ``token`` (only a named one with ``named``; a pronoun
    resolved), else None."""
    at = scope.table.named_at if named else scope.table.key_at
    key = at(token.idx, token.idx + len(token.text)) or apposed_key(scope.table, token)
    if key is None and token.pos_ == "PRON":
        key = scope.resolver.resolve(token)
    return scope.table.id_of(key) if key is not None else None


def _contesting_verb(noun: Any) -> Any | None:
    """The verb that contests ``noun``: its head as object of a contesting verb, or the word
    that differs with it ("disagreed with", "took issue with")."""
    if (verb := _object_verb(noun, _TAKING_ISSUE)) is not None:
        return verb  # a granting verb contests only when negated: "would not accept the ruling"
    head = noun.head
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        # "a decision the company said it would appeal": the relative's verb lacks its object
        for verb in clause.subtree:
            if (
                verb.pos_ == "VERB"
                and verb.lemma_.lower() in _CONTESTING
                and not any(c.dep_ == "dobj" for c in verb.children)
            ):
                return verb
    if noun.dep_ == "pobj" and head.lower_ == "against" and head.head.pos_ == "VERB":
        # "spoke out against the decision", "appealed against the ruling"
        return head.head if head.head.lemma_.lower() in AGAINST_VERBS else None
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "object":
        return head.head  # "objected to the board's decision"
    if noun.dep_ == "pobj" and head.lower_ == "with":
        differing = head.head
        if differing.lemma_.lower() == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "issue" for c in differing.children
        ):
            return differing  # "took issue with", "with" hung on "took"
        if differing.lemma_.lower() in _DIFFERING:
            # "took issue with": the verb is "took", whose subject contests
            return differing.head if differing.pos_ == "NOUN" else differing
    return None


def _contester(verb: Any, quote: Quote | None, scope: Scope) -> str | None:
    """Who contests: the verb's subject; "we" in a quotation and "it" in a report of the
    speaker's words are the speaker. (Not ``stance_roles.source_of``: it resolves a described
    subject through the speaker resolver, and "the two-time champion appealed" would go to
    the last body named.)"""
    found = subjects_of(verb)
    if not found:
        return None
    subject = found[0]
    low = subject.lower_
    if quote is not None and (
        low in SELF_WORDS or (quote.kind == "indirect" and low in _THIRD_PERSON)
    ):
        return quote.speaker
    reporter = verb.head if verb.dep_ == "ccomp" else None
    if low in _THIRD_PERSON and reporter is not None and reporter.lemma_.lower() in SPEECH_VERBS:
        # "the drugmaker said it would appeal": the one who said so
        subject = next(iter(subjects_of(reporter)), subject)
    return _actor_at(subject, scope)  # a description only where the table placed it


def _maker(noun: Any, scope: Scope) -> str | None:
    """The actor the decision's phrase names as its maker, if any."""
    key = owner_of(noun, scope.table)  # "the authority's ruling", "the decision by the court"
    return scope.table.id_of(key) if key is not None else None


def _decider(token: Any, scope: Scope, against: str | None = None) -> str | None:
    """The subject of the last deciding verb before ``token`` in its window (``_LOOK_BACK``),
    one acting on ``against`` only when given, never ``against`` itself."""
    found = None
    for verb in token.doc[_window_start(token) : token.i]:
        if verb.pos_ != "VERB" or negated(verb) or not decides(verb):
            continue
        undergoers = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
        if against is not None and not any(_actor_at(u, scope) == against for u in undergoers):
            continue
        subject = next(iter(subjects_of(verb)), None)
        maker = _actor_at(subject, scope, named=True) if subject is not None else None
        found = maker if maker not in (None, against) else found
    return found


def decides(verb: Any) -> bool:
    """A verb of deciding ("blocked", "fined"), or making a decision ("made the decision")."""
    lemma = verb.lemma_.lower()
    if lemma in _FINDING:  # "confirmed X's win", not "confirmed that three were arrested"
        # "declared the vote null and void": a clause with no verb is what the decision makes
        small = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN")]
        taken = bool(small) or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        told = [c for c in verb.children if c.dep_ == "ccomp" and c not in small]
        won = any(t.lemma_.lower() in _WON_WORDS for c in told for t in c.subtree)
        return (taken and not told) or won
    if lemma in DECIDING_VERBS:
        return True
    return lemma in ("make", "take", "reach", "issue", "hand") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DECISION_NOUNS for c in verb.children
    )
