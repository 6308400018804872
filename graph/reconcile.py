"""One actor, one description: extracted actors agree with those already known.

Two articles may write one person's name two ways ("José Pérez", "Jose Perez"): both give the
identifier ``jose-perez``, and the graph must describe that actor once. The first description
stands; a later spelling becomes an alias.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from graph.model import Actor, Claim, Extraction

__all__ = ["reconcile"]


def reconcile(
    extraction: Extraction,
    known: Mapping[str, Actor],
    claims: Mapping[str, Claim] | None = None,
) -> Extraction:
    """``extraction`` with each actor that ``known`` already describes named and typed as there.

    >>> from graph.model import Article
    >>> a = Article("a", "Jose Perez spoke.")
    >>> mine = Actor("jose-perez", "Jose Perez", "Person", mentions=(a.span(0, 10),))
    >>> theirs = Actor("jose-perez", "José Pérez", "Person")
    >>> [(x.name, x.aliases) for x in reconcile(Extraction(a, actors=(mine,)), {theirs.id: theirs}).actors]
    [('José Pérez', ('Jose Perez',))]
    """
    actors = []
    changed = False
    for actor in extraction.actors:
        first = known.get(actor.id)
        if first is None or (first.name, first.type) == (actor.name, actor.type):
            actors.append(actor)
            continue
        aliases = tuple(
            dict.fromkeys(
                a for a in (*first.aliases, actor.name, *actor.aliases) if a != first.name
            )
        )
        actors.append(replace(actor, name=first.name, type=first.type, aliases=aliases))
        changed = True
    # A claim keeps the wording it was first stored with ("José Pérez won the election").
    kept = tuple((claims or {}).get(c.id, c) for c in extraction.claims)
    if kept != extraction.claims:
        extraction = replace(extraction, claims=kept)
    return replace(extraction, actors=tuple(actors)) if changed else extraction
