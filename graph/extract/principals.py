"""Whom a speaker speaks for: the body behind a spokesperson or a delegate.

"a spokesperson for the ministry", "its spokeswoman", "a Kremlin spokesman": the body they
speak for (a person's spokesperson stays a description of their own). "observers from the
African Union", "a delegation from the EU", "officials of the commission": the body that sent
them (a country's people stay people: "officials from Peru"). A bare "a spokesperson said"
speaks for the body that spoke or acted last in its paragraph or the one before ("FIFA
signalled ... “...,” a spokesperson told reporters"); with none there, a description.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.coref import SPOKESPEOPLE
from graph.extract.kindred_bodies import body_called
from graph.extract.noun_speakers import Noun

__all__ = ["principal_of"]

# People sent by a body, who speak for it: "observers from the AU", "officials of the commission".
_DELEGATES = frozenset(
    {"observer", "observers", "monitor", "monitors", "delegation", "delegations", "mission",
     "official", "officials", "representative", "representatives", "delegate", "delegates"}
)  # fmt: skip
_BODIES = frozenset({"Organization", "GovernmentBody"})


def principal_of(resolver: Any, noun: Noun) -> str | None:  # resolver: a SpeakerResolver
    """The body a spokesperson or a delegate (``noun``) speaks for, else None."""
    if noun.words & _DELEGATES and (sender := _sender(resolver, noun)) is not None:
        return sender
    if not noun.words & SPOKESPEOPLE:
        return None
    if noun.determiner == "the" and not noun.named:
        # "Ministry spokesman Kong Quan said ... The ministry spokesman said": the one named.
        named = resolver.role(noun.token.lower_, noun.lemma, noun.offset, guess=False)
        named = named or _earlier_principal(resolver, noun.token)
        if named is not None:
            return named
    key = _spoken_for(resolver, noun.token)
    if key is not None:
        return key
    if noun.determiner in ("a", "an") and not any(
        c.dep_ in ("prep", "poss", "compound", "amod", "appos") for c in noun.token.children
    ):
        return _body_just_before(resolver, noun.offset)
    return None


def _spoken_for(resolver: Any, token: Any) -> str | None:
    """The body a spokesperson noun is written with: "a ministry spokesperson" (the ministry
    named before, if one is), "a Kremlin spokesman", "its spokeswoman", "a spokesperson for
    the ministry"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for":  # "a spokesperson for the ministry"
            child = next((g for g in child.children if g.dep_ == "pobj"), child)
        elif child.dep_ not in ("poss", "compound"):
            continue
        if child.dep_ == "prep":
            continue
        key = body_called(resolver.table, child.lemma_.lower(), child.idx)
        key = key if key is not None and child.pos_ == "NOUN" else resolver.resolve(child)
        if key is not None and resolver.table.draft(key).type in _BODIES:
            return key
    return None


def _earlier_principal(resolver: Any, token: Any) -> str | None:
    """ "a foreign ministry spokesperson said ... the spokesperson said": the body the last
    spokesperson written with one spoke for."""
    for earlier in reversed(token.doc[: token.i]):
        if earlier.lower_ == token.lower_ and (key := _spoken_for(resolver, earlier)):
            return key
    return None


def _body_just_before(resolver: Any, offset: int) -> str | None:
    """The body that spoke or was a clause subject last, in the paragraph of ``offset`` or
    the one before it."""
    breaks = [m.end() for m in re.finditer(r"\n\s*", resolver.table.text[:offset])]
    start = breaks[-2] if len(breaks) > 1 else 0
    return resolver._recent(lambda type_: type_ in _BODIES, offset, mentions=False, since=start)


def _sender(resolver: Any, noun: Noun) -> str | None:
    """The organisation a "from" or "of" phrase of ``noun`` names, else None."""
    table = resolver.table
    for prep in noun.token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
            continue
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            key = table.key_at(pobj.idx, pobj.idx + len(pobj.text))
            if key is not None and table.draft(key).type in _BODIES:
                return key
    return None
