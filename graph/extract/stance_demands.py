"""Demands on an election: who calls for its results to be published or checked backs that claim.

"called on the electoral council to release the vote tallies", "urged the authorities to publish
the results by polling station", "demanded that the council release the records", "called for
the release of the minutes", "pressed for an independent audit", "has demanded a recount", "calls
for a new election": the demander supports the claim of the vocabulary the demanded act or
thing states ("the full results of the election in <country> should be published", "... should
be independently verified", "a new election should be held in <country>"). Only those three
predicates are demands: "called for free and fair elections" is a wish, not a verdict on one.
The demand must be about an election (an election word in the sentence), made by an actor, and
neither negated nor refused ("did not call for", "refused to demand"). The body a demand is
made of ("called on the electoral council to publish ...") is opposed by the demander, as is the
one a quoted speaker says must or should do it ("ZEC must release proper results," X said).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span, predicates, vocabulary_claim
from graph.extract.elections import election_country
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_conjuncts import co_holders
from graph.extract.stance_roles import basis_of, date_of, implied_not, negated, source_of
from graph.extract.syntax import subjects_of
from graph.extract.targets import stood_for
from graph.model import Claim, Quote, Span, Stance

__all__ = ["DEMAND_VERBS", "demanded", "demanded_claim"]

DEMAND_VERBS = frozenset(
    {"call", "urge", "ask", "press", "demand", "appeal", "push", "request", "seek", "insist"}
)
_DEMANDS = (
    "results-should-be-published",
    "results-should-be-verified",
    "new-election-should-be-held",
)
_ELECTION_WORDS = frozenset(
    {"election", "elections", "electoral", "vote", "votes", "voting", "poll", "polls", "polling",
     "ballot", "ballots", "tally", "tallies", "recount", "runoff", "count", "counting"}
)  # fmt: skip
_CLAUSES = frozenset({"xcomp", "ccomp", "advcl", "dobj"})
_PREPS = frozenset({"for", "on", "upon"})


def _written(phrase: Any) -> str:
    """The words of ``phrase`` as written, with a word it was cut from: the parser may split
    "a re-run of the elections" into three objects, "re", "-" and "run of the elections"."""
    doc, first, last = phrase.doc, phrase.left_edge.i, phrase.right_edge
    while first > 0 and not doc[first - 1].whitespace_ and not doc[first - 1].is_space:
        first -= 1
    return doc.text[doc[first].idx : last.idx + len(last.text)]


def demanded(token: Any) -> tuple[str, str] | None:
    """(predicate id, predicate text) of what the demand verb ``token`` calls for, if any.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "Chile urged the council to publish the vote tallies."
    >>> (doc,) = load_pipeline().parse([text])
    >>> demanded(doc[1])[0]
    'results-should-be-published'
    >>> (doc,) = load_pipeline().parse(["Chile urged the council to publish its annual report."])
    >>> demanded(doc[1]) is None
    True
    """
    if token.pos_ != "VERB" or token.lemma_.lower() not in DEMAND_VERBS:
        return None
    if negated(token) or implied_not(token):
        return None
    if not any(t.lower_ in _ELECTION_WORDS for t in token.sent):
        return None
    wanted = [c for c in token.children if c.dep_ in _CLAUSES]
    wanted += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in _PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    demands = [p for p in predicates() if p.id in _DEMANDS]
    for phrase in sorted(wanted, key=lambda t: t.i):
        words = _written(phrase)
        for predicate in demands:
            if any(cue.search(words) for cue in predicate.cues):
                return predicate.id, predicate.text
    return None


def demanded_claim(
    token: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> tuple[Claim, list[Stance]] | None:
    """The claim a demand calls for and the stance of each demander ("Brazil and Chile")."""
    found = demanded(token)
    told = _deontic(token, table) if found is None and quote is not None else None
    if told is not None:  # "ZEC must release the results," the speaker said
        found = told[0]
    if found is None:
        return None
    source = source_of(token, quote, table, resolver) if told is None else quote.speaker
    country = election_country(token.doc, text)
    if source is None or country is None:
        return None
    claim = vocabulary_claim(found[0], country)
    holders = [source, *co_holders(token, source, table)]
    if quote is None:
        # "The governments of Brazil, Mexico and Colombia ... calling for": each one.
        for subject in subjects_of(token):
            keys = stood_for(subject, table) or [
                table.key_at(subject.idx, subject.idx + len(subject.text))
            ]
            holders += [table.id_of(k) for k in keys if k is not None and table.is_named(k)]
    span = Span.of(text, *evidence_span(token, quote))
    stances = [
        Stance(h, claim.id, "claim", "support", span, date_of(quote), basis_of(quote), 0.55)
        for h in dict.fromkeys(holders)
    ]
    # "called on the electoral council to publish the tallies": pressed to show its count,
    # the body is distrusted by whoever presses it.
    addressee = _addressee(token, table) if told is None else told[1]
    if addressee is not None:
        stances += [
            Stance(h, addressee, "actor", "oppose", span, date_of(quote), basis_of(quote), 0.55)
            for h in dict.fromkeys(holders)
            if h != addressee
        ]
    return claim, stances


def _addressee(token: Any, table: ActorTable) -> str | None:
    """The named actor a demand is made of: "urged X to", "called on X to", "called for X to",
    "demanded that X publish"."""
    clauses = [c for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp")]
    if not clauses:
        return None
    asked = [c for c in token.children if c.dep_ == "dobj"]
    asked += [g for c in token.children if c.dep_ == "prep" and c.lower_ in _PREPS
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    asked += [g for c in clauses if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    for phrase in asked:
        for part in (phrase, *(c for c in phrase.children if c.dep_ in ("compound", "appos"))):
            key = table.named_at(part.idx, part.idx + len(part.text))
            if key is not None:
                return table.id_of(key)
    return None


_DEONTIC = frozenset({"must", "should"})


def _deontic(token: Any, table: ActorTable) -> tuple[tuple[str, str], str | None] | None:
    """A demand a quoted speaker makes in their own words: "X must release the results", "the
    commission should publish the tallies": ((predicate id, text), the actor X), else None.
    Said of the act itself ("a new election should be held", "the vote must be re-run"), the
    demand is made of no one: ((predicate id, text), None)."""
    if token.pos_ != "VERB" or negated(token):
        return None
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _DEONTIC for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    done = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    key = table.named_at(subject.idx, subject.idx + len(subject.text)) if subject else None
    if key is None and done is None:
        return None
    if not any(t.lower_ in _ELECTION_WORDS or t.lemma_.lower() == "result" for t in token.sent):
        return None
    first = token if key is not None else done.left_edge  # the passive's subject is the act's
    last = token.right_edge
    words = token.doc.text[first.idx : last.idx + len(last.text)]
    for predicate in (p for p in predicates() if p.id in _DEMANDS):
        if any(cue.search(words) for cue in predicate.cues):
            return (predicate.id, predicate.text), table.id_of(key) if key is not None else None
    return None
