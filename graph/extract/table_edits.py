"""Edits of the actor table's mentions after they were read: an actor renamed (its key with it),
a mention widened back over words before it, a mention let go or moved to an actor of its own.
The readers that correct names (``country_bodies``, ``party_titles``) edit the table here only,
so that its sorted spans and its widest mention stay true."""

from __future__ import annotations

import bisect

from graph.extract.actors import ActorTable
from graph.model import Span
from graph.text import slugify

__all__ = ["move_mentions", "rename", "widen"]


def rename(table: ActorTable, key: str, name: str) -> str:
    """Give actor ``key`` the name ``name`` and the key made from it; returns the new key."""
    draft, new_key = table.drafts[key], slugify(name)
    draft.name, draft.key = name, new_key
    draft.aliases.add(name)
    del table.drafts[key]
    table.drafts[new_key] = draft
    for group in (table.named, table.generic):
        if key in group:
            group.discard(key)
            group.add(new_key)
    table._spans = sorted((s, e, new_key if k == key else k) for s, e, k in table._spans)
    return new_key


def widen(table: ActorTable, key: str, index: int, begin: int) -> None:
    """Widen mention ``index`` of actor ``key`` back to start at ``begin``."""
    draft = table.drafts[key]
    span = draft.mentions[index]
    draft.mentions[index] = Span.of(table.text, begin, span.end)
    old = (span.start, span.end, key)
    at = bisect.bisect_left(table._spans, old)
    if at < len(table._spans) and table._spans[at] == old:
        del table._spans[at]
    bisect.insort(table._spans, (begin, span.end, key))
    table._widest = max(table._widest, span.end - begin)


def move_mentions(table: ActorTable, key: str, mentions: list[Span], name: str) -> str:
    """Move ``mentions`` of actor ``key`` to an actor of their own named ``name``; its key."""
    type_ = table.drafts[key].type
    for mention in mentions:
        table.detach(key, mention.start, mention.end)
    new_key = table.add_agent(mentions[0].start, mentions[0].end, name, type_)
    for mention in mentions[1:]:
        table.attach(new_key, mention.start, mention.end)
    return new_key
