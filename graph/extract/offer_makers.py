"""Whose "the offer" is: the actor the story said made it.

"Nordvik proposed a merger with Brandt, but Brandt rejected the bid"; "Halvor Health made a new
pay offer on Monday. The nurses rejected the offer": a definite offer, bid or proposal with no
owner written is the one the story reported someone making a little before (up to three
sentences back): the named subject of "proposed", "offered", "made a bid", "submitted a
proposal". Rejecting or backing it is a stance on its maker. With no maker reported nearby
the offer stays nobody's. An offer named by a generic agent ("rejected a government offer", "a
police proposal") is that agent's of the country the story is about, as "the government" is.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import agent_role, anchored_name, story_country

__all__ = ["offer_maker"]

# Things one party puts to another, to accept or reject.
_OFFERS = frozenset(
    {"offer", "bid", "proposal", "merger", "takeover", "buyout", "approach", "counteroffer"}
)
# Verbs by which a party puts one ("proposed a merger", "offered 5%", "bid $10 a share").
_PUTTING = frozenset({"propose", "offer", "bid", "make", "submit", "table", "launch", "sweeten"})
# How far back the maker may be reported, in sentences.
_REACH = 3


def offer_maker(noun: Any, table: ActorTable) -> str | None:
    """The actor who made the definite offer ``noun`` names (see above), else None."""
    if noun.lemma_.lower() not in _OFFERS or noun.dep_ not in ("dobj", "nsubjpass", "pobj"):
        return None
    agent = _agent_maker(noun, table)
    if agent is not None:
        return agent
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return None
    doc = noun.doc
    first = max(0, noun.sent.start)
    for _ in range(_REACH):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for token in reversed(doc[first : noun.i]):
        key = _made_here(token, table)
        if key is not None:
            return key
    return None


def _made_here(token: Any, table: ActorTable) -> str | None:
    """The named subject of a verb putting an offer at ``token`` ("Nordvik proposed a
    merger", "Halvor made a new offer"), else None."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _PUTTING:
        return None
    if token.lemma_.lower() in ("make", "submit", "table", "launch", "sweeten") and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in _OFFERS for c in token.children
    ):
        return None  # "made a statement" puts nothing to anyone
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return table.named_at(subject.idx, subject.idx + len(subject.text)) if subject else None


def _agent_maker(noun: Any, table: ActorTable) -> str | None:
    """The story country's agent that a generic noun before the offer names ("a government
    offer": the government), else None."""
    for word in (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"):
        role = agent_role(word.lower_)
        country = story_country(table.text) if role is not None else None
        if role is None or country is None:
            continue
        name, type_ = anchored_name(role, word.lower_, country)
        end = word.idx + len(word.text)
        return table.resolve_name(name) or table.add_agent(word.idx, end, name, type_)
    return None
