"""The bodies a speaker's noun phrase names itself: "the non-governmental organization Provea
said", "the Westbury club said".

A name in the phrase is the body speaking, unless it only describes it: a place or a quality
("the London-listed company", "the tech giant of abusing its dominance in the EU"), a state
owner ("the Crown corporation"), the competition or market that ranks it ("the Championship
club", "the FTSE 100 company": one of their members, the story's club or company), or a public
body where the noun is a business's ("the company" is no Commission).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.coref import STATE_OWNED
from graph.extract.story_bodies import COMPANY_NOUNS, is_company, ranks_members
from graph.model import BODY_TYPES

__all__ = ["bodies_named"]


def bodies_named(table: ActorTable, noun: Any) -> list[str]:
    """Keys of the bodies ``noun`` (a ``coref.Noun``) names as itself, in text order."""
    described = {
        t.idx for c in noun.token.children if c.dep_ in ("amod", "prep") for t in c.subtree
    }
    return [
        key
        for start, end, key in table.keys_in(noun.start, noun.end)
        if key in noun.named
        and start not in described
        and table.draft(key).type in BODY_TYPES
        and table.text[start:end].lower() not in STATE_OWNED
        and not ranks_members(table.text[start:end], noun.lemma)
        and (noun.lemma not in COMPANY_NOUNS or is_company(table, key))
    ]
