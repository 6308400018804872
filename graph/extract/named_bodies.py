"""The bodies a speaker's noun phrase names itself: "the non-governmental organization Provea
said", "the Westbury club said".

A name in the phrase is the body speaking, unless it only describes it: a place or a quality
("the London-listed company", "the tech giant of abusing its dominance in the EU"), a state
owner ("the Crown corporation"), the competition or market that ranks it ("the Championship
club", "the FTSE 100 company": one of their members, the story's club or company), or a public
body where the noun is a business's ("the company" is no Commission). A name followed by
common words before a noun of an organ ("the UN refugee agency") is the larger body the
speaker belongs to, not the speaker: the phrase names a body of its own.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.coref import STATE_OWNED
from graph.extract.lexicon import COMPANY_NOUNS
from graph.extract.story_bodies import is_company, ranks_members
from graph.model import BODY_TYPES

__all__ = ["bodies_named", "names_a_part", "organ_within"]


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
        and not (noun.lemma in _SUB_BODIES and _sub_body(table.text, end, noun.offset))
        and table.draft(key).type in BODY_TYPES
        and table.text[start:end].lower() not in STATE_OWNED
        and not ranks_members(table.text[start:end], noun.lemma)
        and (noun.lemma not in COMPANY_NOUNS or is_company(table, key))
    ]


def _sub_body(text: str, end: int, head: int) -> bool:
    """Whether a name ending at ``end`` is separated from the head noun at ``head`` by common
    words ("the UN refugee agency", "the EU human rights office"): a body of its own within the
    named one, which the phrase names in full (not "the Westbury club")."""
    between = text[end:head].split()
    return bool(between) and all(w.isalpha() and w.islower() for w in between)


# Nouns of a body within a larger one: "the UN refugee agency", "the EU human rights office"
# (a business noun after a name describes the business: "the Nordline shipping company"; an
# organ that speaks for its body, ``organs.ORGANS``, is that body: "the UN secretariat").
_SUB_BODIES = frozenset(
    {"agency", "office", "council", "commission", "committee", "department", "ministry",
     "mission", "unit", "body", "court", "tribunal", "panel"}
)  # fmt: skip


def names_a_part(table: ActorTable, noun: Any) -> bool:
    """Whether ``noun`` names an organ within a named body ("the UN refugee agency"): no other
    body of the story is meant, the phrase is the organ's name."""
    return noun.lemma in _SUB_BODIES and any(
        key in noun.named and _sub_body(table.text, end, noun.offset)
        for _, end, key in table.keys_in(noun.start, noun.end)
    )


def organ_within(table: ActorTable, name: Any, noun: Any) -> bool:
    """Whether the name token ``name`` before the noun token ``noun`` is the larger body of an
    organ the phrase names ("the UN human rights office": the UN is not the office)."""
    end = name.idx + len(name.text)
    return (
        noun.lemma_.lower() in _SUB_BODIES
        and name.i < noun.i
        and _sub_body(table.text, end, noun.idx)
    )
