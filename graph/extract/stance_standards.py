"""An election said to fall short of standards: the speaker denies it was free and fair.

"The vote did not meet international standards", "the electoral process failed to meet the
standards of electoral integrity", "the elections fell short of democratic norms": whoever says
so opposes the claim that the election in the story's country was free and fair. Only a quoted
judgement counts (the speaker's), only with an election as the subject and a standard as what
is not met; "did the vote meet the standards?" or a met standard reads nothing. A body said to
fall short ("the council fell short of the basic transparency measures") is opposed by the
speaker (``short_of_standards``).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import country_named, story_country
from graph.extract.claims import evidence_span, vocabulary_claim
from graph.extract.stance_roles import basis_of, date_of, negated
from graph.model import Claim, Quote, Span, Stance

__all__ = ["short_of_standards", "unmet_standards"]

_ELECTIONS = frozenset({"election", "vote", "poll", "process", "ballot", "count", "runoff"})
_STANDARDS = frozenset(
    {
        "standard",
        "norm",
        "requirement",
        "benchmark",
        "principle",
        "measure",
        "obligation",
        "commitment",
    }
)
_FREE_FAIR = "election-was-free-and-fair"
_MEET = frozenset({"meet", "reach", "satisfy", "fulfil", "fulfill", "match"})  # a standard


def unmet_standards(token: Any, quote: Quote | None, text: str) -> tuple[Claim, Stance] | None:
    """The quoted speaker's stance against a free and fair election when ``token`` says the
    election did not meet standards; None otherwise."""
    subject = _unmet_by(token, quote)
    if subject is None or subject.lemma_.lower() not in _ELECTIONS or quote is None:
        return None
    # "Bolivia's elections": the country named with the election, else the story's
    named = [country_named(c.text) for c in subject.children if c.dep_ in ("poss", "compound")]
    country = next((c for c in named if c is not None), None) or story_country(text)
    if country is None:
        return None
    claim = vocabulary_claim(_FREE_FAIR, country.name)
    span = Span.of(text, *evidence_span(token, quote))
    stance = Stance(
        quote.speaker, claim.id, "claim", "oppose", span, date_of(quote), basis_of(quote), 0.55
    )
    return claim, stance


def short_of_standards(token: Any, quote: Quote | None, table: ActorTable) -> Stance | None:
    """The quoted speaker's stance against a body said to fall short of standards ("the
    council fell short of the basic transparency measures", "the commission failed to meet
    international standards"); None otherwise.

    >>> from graph.extract.nlp import load_pipeline
    >>> from graph.model import Article, Quote, Span
    >>> a = Article("a", "The council fell short of basic standards.")
    >>> (doc,) = load_pipeline().parse([a.text])
    >>> table = ActorTable(a.text)
    >>> council = table.id_of(table.add_agent(4, 11, "council", "GovernmentBody"))
    >>> q = Quote("panel", a.span(0, 42), "direct")
    >>> short_of_standards(doc[2], q, table).target == council
    True
    """
    subject = _unmet_by(token, quote)
    if subject is None or quote is None:
        return None
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    if key is None or table.id_of(key) == quote.speaker or table.draft(key).type == "Person":
        return None  # a person falls short of a norm less often than of a goal
    span = Span.of(table.text, *evidence_span(token, quote))
    target = table.id_of(key)
    return Stance(
        quote.speaker, target, "actor", "oppose", span, date_of(quote), basis_of(quote), 0.55
    )


def _unmet_by(token: Any, quote: Quote | None) -> Any | None:
    """The subject of a quoted "did not meet / failed to meet / fell short of" a standard."""
    if quote is None or token.pos_ not in ("VERB", "AUX") or token.lower_.endswith("?"):
        return None
    lemma = token.lemma_.lower()
    if lemma in _MEET:
        failed = token.dep_ == "xcomp" and token.head.lemma_.lower() in ("fail", "struggle")
        holder = token.head if failed else token
        if not (failed or negated(token)) or (failed and negated(holder)):
            return None
        measures = [c for c in token.children if c.dep_ == "dobj"]
    elif lemma == "fall" and any(c.lower_ == "short" for c in token.children):
        holder = token
        if negated(token):
            return None
        measures = [g for c in token.children if c.lower_ == "short" for p in (c, *c.children)
                    for g in p.children if g.dep_ in ("pobj", "pcomp")]  # fmt: skip
        measures += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        # "fell short of meeting the benchmarks": what the gerund did not meet
        measures += [g for m in list(measures) if m.lemma_.lower() in _MEET
                     for g in m.children if g.dep_ == "dobj"]  # fmt: skip
    else:
        return None
    if not any(m.lemma_.lower() in _STANDARDS for m in measures):
        return None
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects else None
