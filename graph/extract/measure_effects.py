"""A speaker judging a measure by what it would do: "This merger would harm consumers".

A quoted clause whose subject is a measure the article names (a merger, a deal, an offer, a
bill: ``stance_measures.measure_claim``) and whose verb says harm ("would harm consumers",
"will destroy jobs", "would lessen competition", "would raise prices", "would lead to higher
prices") opposes it; a verb of benefit ("would benefit customers", "will create jobs", "would
lower prices", "would increase competition") supports it. What is lessened or raised decides:
less competition is harm, lower prices a benefit. A negated verb ("would not harm") says
nothing either way, as does a measure with no article of its own ("a deal would help").
"""

from __future__ import annotations

from typing import Any

from graph.extract.stance_measures import measure_claim
from graph.extract.stance_roles import negated, story_of
from graph.extract.stance_scope import Scope, stance_of
from graph.model import Quote

__all__ = ["measure_effect"]

_HARMS = frozenset(
    {"harm", "hurt", "damage", "undermine", "hamper", "threaten", "destroy", "kill", "jeopardise",
     "jeopardize", "endanger", "weaken", "stifle", "cripple", "devastate", "penalise",
     "penalize", "squeeze", "disadvantage"}
)  # fmt: skip
_BENEFITS = frozenset(
    {"benefit", "help", "boost", "strengthen", "improve", "enhance", "protect", "save"}
)
_LESSENS = frozenset({"reduce", "lessen", "cut", "eliminate", "limit", "restrict", "lower"})
_RAISES = frozenset({"raise", "increase", "create", "drive", "push", "spur", "bring"})
_LEADS = frozenset({"lead", "result"})
# What a measure may give more or less of: good things, and bad ones.
_GOODS = frozenset(
    {"competition", "choice", "job", "innovation", "investment", "wage", "quality", "service",
     "growth", "employment", "opportunity"}
)  # fmt: skip
_BADS = frozenset({"price", "cost", "fare", "bill", "tariff", "unemployment", "emission"})
_MORE = frozenset({"higher", "more", "greater", "increased", "rising"})
_LESS = frozenset({"lower", "less", "fewer", "reduced", "cheaper"})


def measure_effect(token: Any, quote: Quote | None, scope: Scope) -> bool:
    """Add the speaker's stance on the measure ``token`` says the effect of; whether it did."""
    if quote is None or token.pos_ != "VERB" or negated(token):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    polarity = _polarity(token) if subject is not None else None
    claim = measure_claim(subject, story_of(scope.table)) if polarity is not None else None
    if claim is None:
        return False
    scope.claims.setdefault(claim.id, claim)
    scope.add(stance_of(quote.speaker, claim.id, polarity, token, quote, scope, 0.5, "claim"))
    return True


def _polarity(verb: Any) -> str | None:
    """ "oppose" for a verb of harm, "support" for one of benefit, else None."""
    lemma = verb.lemma_.lower()
    if lemma in _HARMS:
        return "oppose"
    if lemma in _BENEFITS:
        return "support"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in _LEADS:  # "would lead to higher prices", "result in fewer jobs"
        objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                   for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    turn = {c.lower_ for c in verb.children if c.dep_ == "prt"}  # "drive down prices"
    for obj in objects:
        thing = obj.lemma_.lower()
        size = {c.lower_ for c in obj.children if c.dep_ == "amod"}
        more = (lemma in _RAISES and "down" not in turn) or bool(size & _MORE) or "up" in turn
        less = (lemma in _LESSENS and "up" not in turn) or bool(size & _LESS) or "down" in turn
        if thing in _GOODS and more != less:
            return "support" if more else "oppose"
        if thing in _BADS and more != less:
            return "oppose" if more else "support"
    return None
