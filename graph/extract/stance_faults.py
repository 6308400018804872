"""A speaker naming an actor's act, or the actor, by a word of fault: "X's ruling is a mockery".

A quoted sentence that says what someone did is a disgrace, a travesty or a betrayal ("The
council's declaration is a mockery", "What we saw was a blatant disregard of the law by X")
opposes the one who did it: the owner of the subject ("X's decision", "the declaration by X"),
the subject itself when it is an actor ("X is a disgrace"), else the owner the fault noun names
("a disregard of the law by X"). The fault noun must be predicated ("is a mockery", not "a
mockery of justice" as a subject), the copula not negated, and the one faulted not the speaker.
"""

from __future__ import annotations

from typing import Any

from graph.extract.act_antecedents import act_antecedent
from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span
from graph.extract.elections import RIGGING_VERBS
from graph.extract.owners import owner_of
from graph.extract.stance_fates import act_of
from graph.extract.stance_measures import JUDGED_FAULTS, MEASURE_FAULT_NOUNS
from graph.extract.stance_roles import basis_of, date_of, negated
from graph.model import Quote, Span, Stance

__all__ = ["owned_faults"]

# Fault nouns said of a deed: those a judging verb or a measure takes, with wrongs done by
# someone ("a disregard of the law", "a miscarriage of justice", "daylight robbery").
_FAULTS = (JUDGED_FAULTS | MEASURE_FAULT_NOUNS | {"disregard", "miscarriage", "abuse"}) - {
    "blow", "attack", "failure", "disaster", "catastrophe", "mess", "trap", "surrender",
    "success", "con",
}  # fmt: skip


def owned_faults(token: Any, quote: Quote | None, table: ActorTable, text: str) -> list[Stance]:
    """The speaker's opposition to the one whose deed ``token``, a predicated fault noun, is, or
    to the one a fraud favoured (``token`` the "favour" of "rigging in favour of X")."""
    if quote is not None and token.lower_ in ("favour", "favor"):
        return _favoured(token, quote, table, text)
    if quote is None or token.dep_ != "attr" or token.lemma_.lower() not in _FAULTS:
        return []
    verb = token.head
    if verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    key = None
    if subject is not None:
        key = table.key_at(subject.idx, subject.idx + len(subject.text))
        if key is not None and not table.is_named(key):
            key = None
        key = key or owner_of(subject, table) or act_of(subject, table)
        key = key or act_antecedent(subject, table, quote.speaker)  # "This offer is an insult"
    key = key or owner_of(token, table)
    if key is None or table.id_of(key) == quote.speaker:
        return []
    span = Span.of(text, *evidence_span(verb, quote))
    target = table.id_of(key)
    return [
        Stance(quote.speaker, target, "actor", "oppose", span, date_of(quote), basis_of(quote), 0.5)
    ]


# Frauds of a vote: "fraud and manipulation in favour of X", "rigging in favor of the party".
_FRAUDS = frozenset(
    {"fraud", "rigging", "manipulation", "irregularity", "cheating", "falsification",
     "vote-buying"}
)  # fmt: skip


def _favoured(favour: Any, quote: Quote, table: ActorTable, text: str) -> list[Stance]:
    """A speaker alleging a fraud "in favour of X" opposes X, the one it serves: "alleging
    electoral fraud and manipulation in favour of the ruling party", "there was massive rigging
    in favor of X". The fraud is the noun "in" hangs on (or one it is joined to), or the
    object or attribute of the verb "in" hangs on."""
    if favour.dep_ != "pobj" or favour.head.lower_ != "in":
        return []
    owner = next(
        (g for c in favour.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
         if g.dep_ == "pobj"),
        None,
    )  # fmt: skip
    key = table.key_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
    if key is None or not table.is_named(key) or table.id_of(key) == quote.speaker:
        return []
    head = favour.head.head
    near = [head, *(c for c in head.children if c.dep_ in ("conj", "dobj", "attr", "nsubj"))]
    # "is repeating itself through ballot-rigging in favour of X": the means of the act
    near += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if head.dep_ == "conj":
        near.append(head.head)
    frauds = [t for t in near if _fraud(t)]
    if not frauds or negated(head) or any(c.lower_ == "no" for t in frauds for c in t.children):
        return []  # "there was no rigging in favour of X"
    span = Span.of(text, *evidence_span(favour, quote))
    target = table.id_of(key)
    return [
        Stance(quote.speaker, target, "actor", "oppose", span, date_of(quote), basis_of(quote), 0.5)
    ]


def _fraud(token: Any) -> bool:
    """A fraud named ("rigging") or done ("the vote was rigged in favour of X")."""
    lemma = token.lemma_.lower()
    done = token.pos_ == "VERB" and lemma in RIGGING_VERBS
    return done or lemma in _FRAUDS or lemma.endswith("rigging")
