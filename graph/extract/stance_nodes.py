"""Which actors a stance may join: no happening, and a bare title as the one who holds it.

Three kinds of actor the article's table may hold are no node of the stance network as they
stand: a plural event noun opening a sentence ("Protests have spread ..."), which is what
happened, not a group; and a bare title ("President hits out at the opposition", a headline),
which names someone only through the one person the article writes with that title
("President Mahinda Rajapaksa"). The first takes no stance; the second's stances are that
person's, and stay the title's when the article writes no one, or more than one, with it.
The third is a bare description ("the government", "officials") no country was found for.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import bare_description
from graph.extract.lexicon import EVENT_TRIGGERS
from graph.model import Stance
from graph.text import fold

__all__ = ["descriptions", "happenings", "in_titles", "title_holders", "with_holders"]

_HAPPENINGS = frozenset(
    word
    for _, triggers in EVENT_TRIGGERS
    for word in triggers
    if " " not in word and word.endswith("s")
) | frozenset(
    {
        "protests", "demonstrations", "rallies", "strikes", "clashes", "riots", "marches",
        "talks", "negotiations", "elections", "sanctions", "tariffs", "arrests", "attacks",
        "killings", "deaths", "hearings", "trials", "reforms", "measures",
    }
)  # fmt: skip
"""Plural nouns of things that happen: a capitalised "Protests" opening a sentence is what
happened, not a group that takes a stance or is the object of one."""

_TITLES = frozenset(
    {"president", "prime minister", "premier", "chancellor", "foreign minister", "governor",
     "mayor", "king", "queen", "chairman", "chairwoman", "chief executive", "coach", "manager"}
)  # fmt: skip


def happenings(table: ActorTable) -> set[str]:
    """The actors named only by a plural event noun ("Protests", "the Clashes")."""
    out = set()
    for key, draft in table.drafts.items():
        words = fold(draft.name).split()
        if words[:1] == ["the"]:
            words = words[1:]
        if draft.registry is None and len(words) == 1 and words[0] in _HAPPENINGS:
            out.add(table.id_of(key))
    return out


def descriptions(table: ActorTable) -> set[str]:
    """The actors named only by a description of office or crowd ("the government", "Foreign
    Ministry Spokesman", "senior officials"): the resolvers anchor such words to a country
    when the text gives one (``agents.anchor_agents``); left bare, they name whoever the
    reader guesses, and no node of the network may stand for that."""
    return {
        table.id_of(key)
        for key, draft in table.drafts.items()
        if draft.registry is None and bare_description(draft.name)
    }


def title_holders(table: ActorTable) -> dict[str, str]:
    """Each bare-title actor ("President") mapped to the one person written with that title
    ("President Ana Soto", "Soto, the president" is not read: only the title before a name)."""
    out: dict[str, str] = {}
    for key, draft in table.drafts.items():
        title = re.sub(r"^the ", "", fold(draft.name))
        if draft.registry is not None or title not in _TITLES:
            continue
        pattern = re.compile(r"\b" + re.escape(title) + r"$")  # folded: no trailing space
        holders = {
            table.id_of(k)
            for k, d in table.drafts.items()
            if k != key
            and d.type == "Person"
            and (
                any(fold(n).startswith(title + " ") for n in (d.name, *d.aliases))
                or any(
                    pattern.search(fold(table.text[max(0, m.start - 40) : m.start]))
                    for m in d.mentions
                )
            )
        }
        if len(holders) == 1:
            out[table.id_of(key)] = holders.pop()
    return out


def with_holders(stance: Stance, holders: dict[str, str]) -> Stance:
    """The stance with a bare title's side given to the title's holder."""
    source = holders.get(stance.source, stance.source)
    target = holders.get(stance.target, stance.target) if stance.target_kind == "actor" else None
    if source == stance.source and target in (None, stance.target):
        return stance
    return replace(stance, source=source, target=target or stance.target)


def in_titles(stances: list[Stance], doc: Any, table: ActorTable) -> list[Stance]:
    """``stances`` without those whose source the sentence names only in a person's title.

    "Leader of the Opposition in the National Assembly Omar Ayub assailed the government" is
    Ayub's stance, and "the secretary general of the Blue Party, Ana Soto, accused X" Soto's:
    the assembly, the opposition and the party named in a title hold none there (the
    pair reader reads every two actors of a sentence). A source named elsewhere in the sentence
    keeps its stance, and so do a country ("U.S. Secretary of State X": its envoy speaks) and a
    person (a name the parser ran into a title: "Ryan and Senate Leader X").
    """
    if doc is None or not stances:
        return stances
    starts = [t.idx for t in doc]  # token offsets, to find a stance's words by bisection
    kinds: dict[str, set[str]] = {}
    for key, draft in table.drafts.items():
        kinds.setdefault(table.id_of(key), set()).add(draft.type)
    return [
        s
        for s in stances
        if s.target_kind != "actor"
        or kinds.get(s.source, set()) & {"Country", "Person"}  # "U.S. Secretary of State X"
        or not _titled_source(s, doc, starts, table)
    ]


def _titled_source(stance: Stance, doc: Any, starts: list[int], table: ActorTable) -> bool:
    first, last = bisect_left(starts, stance.span.start), bisect_left(starts, stance.span.end)
    mentions = []
    for token in doc[first:last]:
        key = table.key_at(token.idx, token.idx + len(token.text))
        if key is not None and table.id_of(key) == stance.source:
            mentions.append(token)
    return bool(mentions) and all(_in_title(t, table, stance.source) for t in mentions)


def _in_title(token: Any, table: ActorTable, actor: str) -> bool:
    """Whether ``token`` is a word of the title before a person's name ("UN Secretary-General
    Ana Soto": "UN"), short of any verb."""
    for head in (token, *token.ancestors):
        if head.pos_ in ("VERB", "AUX"):
            return False
        key = table.key_at(head.idx, head.idx + len(head.text))
        if (
            head.pos_ == "PROPN"
            and head.i > token.i
            and key is not None
            and table.id_of(key) != actor
            and table.draft(key).type == "Person"
        ):
            return True
        if head.pos_ in ("NOUN", "PROPN") and any(
            _person(c, table, actor) for c in head.children if c.dep_ == "appos"
        ):
            # "the secretary general of X, Labour Minister Ana Soto": Soto's title (the parser
            # may hang the apposition on the title's noun or on the body's name)
            return True
    return False


def _person(token: Any, table: ActorTable, actor: str) -> bool:
    """Whether ``token`` names a person other than ``actor``."""
    key = table.key_at(token.idx, token.idx + len(token.text))
    return key is not None and table.id_of(key) != actor and table.draft(key).type == "Person"
