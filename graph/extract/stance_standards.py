"""An election said to fall short of standards: the speaker denies it was free and fair.

"The vote did not meet international standards", "the electoral process failed to meet the
standards of electoral integrity", "the elections fell short of democratic norms": whoever says
so opposes the claim that the election in the story's country was free and fair. Only a quoted
judgement counts (the speaker's), only with an election as the subject and a standard as what
is not met; "did the vote meet the standards?" or a met standard reads nothing.
"""

from __future__ import annotations

from typing import Any

from graph.extract.agents import country_named, story_country
from graph.extract.claims import claim_id, evidence_span
from graph.extract.stance_roles import basis_of, date_of, negated
from graph.model import Claim, Quote, Span, Stance

__all__ = ["unmet_standards"]

_ELECTIONS = frozenset({"election", "vote", "poll", "process", "ballot", "count", "runoff"})
_STANDARDS = frozenset({"standard", "norm", "requirement", "benchmark", "principle"})
_FREE_FAIR = "election-was-free-and-fair"


def unmet_standards(token: Any, quote: Quote | None, text: str) -> tuple[Claim, Stance] | None:
    """The quoted speaker's stance against a free and fair election when ``token`` says the
    election did not meet standards; None otherwise."""
    if quote is None or token.pos_ not in ("VERB", "AUX") or token.lower_.endswith("?"):
        return None
    lemma = token.lemma_.lower()
    if lemma == "meet":
        failed = token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail"
        holder = token.head if failed else token
        if not (failed or negated(token)) or (failed and negated(holder)):
            return None
        measures = [c for c in token.children if c.dep_ == "dobj"]
    elif lemma == "fall" and any(c.lower_ == "short" for c in token.children):
        holder = token
        if negated(token):
            return None
        measures = [g for c in token.children if c.lower_ == "short" for p in (c, *c.children)
                    for g in p.children if g.dep_ == "pobj"]  # fmt: skip
        measures += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    else:
        return None
    if not any(m.lemma_.lower() in _STANDARDS for m in measures):
        return None
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lemma_.lower() not in _ELECTIONS:
        return None
    # "Bolivia's elections": the country named with the election, else the story's
    named = [country_named(c.text) for c in subjects[0].children if c.dep_ in ("poss", "compound")]
    country = next((c for c in named if c is not None), None) or story_country(text)
    if country is None:
        return None
    claim = Claim(
        claim_id(country.name, _FREE_FAIR), f"the election in {country.name} was free and fair"
    )
    span = Span.of(text, *evidence_span(token, quote))
    stance = Stance(
        quote.speaker, claim.id, "claim", "oppose", span, date_of(quote), basis_of(quote), 0.55
    )
    return claim, stance
