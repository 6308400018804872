"""Whose a thing is: the actor who made an act or owns a thing a stance is aimed at.

"BHP's bid", "a bid from BHP", "the verdict of the court", "tariffs imposed by China",
"Chinese tariffs" (a country's goods or measures stand for it, when the article names the
country): a stance on the thing is one on its owner. A thing one undergoes ("X's arrest") is
owned by no one, and what a penalty is laid on ("on Japanese cars") stands for its country.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.gazetteer import country_named
from graph.extract.issuers import INSTRUMENTS
from graph.extract.offer_makers import offer_maker
from graph.extract.syntax import prep_objects

__all__ = ["adjective_country", "country_of_adjective", "owner_of", "penalised_actor"]


# Nouns whose possessor undergoes them: "backed X's impeachment", "X's arrest is outrageous".
_UNDERGONE = frozenset(
    {"arrest", "detention", "impeachment", "prosecution", "removal", "ouster", "dismissal",
     "sacking", "firing", "expulsion", "resignation", "release", "killing", "murder", "death",
     "assassination", "trial", "conviction", "jailing", "imprisonment", "execution",
     "extradition", "suspension", "defeat", "downfall", "exile", "deportation", "treatment",
     "persecution", "harassment", "abduction", "kidnapping", "sentencing", "punishment"}
)  # fmt: skip


def owner_of(noun: Any, table: ActorTable) -> str | None:
    """The named actor whose act or thing ``noun`` is: "BHP's bid", "a bid from BHP", "the bid"
    BHP made, "tariffs imposed by China" (not "the killing of X": the victim owns nothing)."""
    # "X's arrest", "X's resignation": X undergoes it and owns nothing done.
    undergone = noun.lemma_.lower() in _UNDERGONE
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound") and not undergone]
    holders += [
        g
        for c in noun.children
        if (c.dep_ == "prep" and c.lower_ in ("from", "by")) or (c.dep_ == "agent")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if noun.lemma_.lower() in _MADE_OF:  # "the verdict of the court", "the warnings of X"
        holders += prep_objects(noun, "of")
    holders += [
        g
        for c in noun.children
        if c.dep_ == "acl"  # "tariffs imposed by China", "steel shipped from Korea"
        for a in c.children
        if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "from")
        for g in a.children
        if g.dep_ == "pobj"
    ]
    for holder in holders:
        for t in (holder, *(c for c in holder.children if c.dep_ in ("appos", "compound"))):
            key = table.key_at(t.idx, t.idx + len(t.text))
            if key is not None and table.is_named(key):
                return key
    return country_of_adjective(noun, table) or offer_maker(noun, table)


# What a country makes or does: "Chinese tariffs" are China's, "the Chinese economy" is not.
_MADE = frozenset(
    {"tariff", "duty", "sanction", "ban", "embargo", "measure", "policy", "proposal", "plan",
     "bid", "offer", "claim", "allegation", "accusation", "demand", "decision", "move",
     "statement", "remark", "comment", "threat", "attack", "strike", "troop", "force",
     "missile", "drone", "aggression", "interference", "goods", "export", "steel", "aluminium",
     "aluminum", "product", "subsidy", "diplomat", "envoy", "ambassador", "official", "consul",
     "emissary", "attaché"}
)  # fmt: skip


# Acts and words whose "of" names their maker ("the decision of the court", "the proposal of
# the union"), unlike an undergone act ("the killing of X") or a charge's content
# ("allegations of fraud", "claims of X's involvement").
_MADE_OF = INSTRUMENTS | {
    "proposal", "plan", "bid", "offer", "demand", "move", "statement", "remark", "comment",
    "threat", "warning", "policy", "measure", "position", "petition", "appeal", "challenge",
    "complaint", "lawsuit", "request", "application", "objection", "motion",
}  # fmt: skip


def penalised_actor(noun: Any, table: ActorTable) -> str | None:
    """Whose the thing a penalty is laid on is: the actor it names ("on China"), its owner ("on
    BHP's mines") or the country of its adjective ("on Japanese cars": goods stand for their
    country, when the article names it)."""
    key = table.named_at(noun.idx, noun.idx + len(noun.text))
    if key is not None:
        return key
    key = owner_of(noun, table)
    if key is not None:
        return key
    return adjective_country(noun, table)


def country_of_adjective(noun: Any, table: ActorTable) -> str | None:
    """ "Chinese tariffs": the country of the adjective, when the article names that country."""
    if noun.lemma_.lower() not in _MADE and noun.lower_ not in _MADE:
        return None
    return adjective_country(noun, table)


def adjective_country(noun: Any, table: ActorTable) -> str | None:
    """The country of a nationality or country word qualifying ``noun``, when the article names
    that country."""
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE"):
            country = country_named(child.text)
            key = table.resolve_name(country.name) if country is not None else None
            if key is not None:
                return key
    return None
