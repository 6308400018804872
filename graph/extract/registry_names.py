"""Registry names as the actor table matches them: an index by folded name, a whole-word pattern
per name, and which names identify their actor on their own."""

from __future__ import annotations

import re
from functools import lru_cache

from graph.extract.surfaces import char_fold
from graph.model import Actor
from graph.text import fold

__all__ = ["is_strong", "name_pattern", "registry_actor", "registry_index"]


@lru_cache(maxsize=16)
def registry_index(registry: tuple[Actor, ...]) -> dict[str, tuple[Actor, ...]]:
    index: dict[str, tuple[Actor, ...]] = {}
    for actor in registry:
        for name in {fold(n) for n in actor.names}:
            index[name] = (*index.get(name, ()), actor)
    return index


@lru_cache(maxsize=8192)
def name_pattern(name: str, acronym: bool) -> re.Pattern[str]:
    needle = name if acronym else char_fold(name)
    return re.compile(r"(?<![\w-])" + re.escape(needle) + r"(?![\w-])")


def is_strong(name: str, actor: Actor) -> bool:
    """A name that identifies its actor on its own: capitalised and more than a surname."""
    if not name[:1].isupper() and not name.lower().startswith("the "):
        return False
    if name.lower().startswith("the ") and not any(w[:1].isupper() for w in name.split()[1:]):
        return False
    return not (actor.type == "Person" and " " not in name.strip())


def registry_actor(
    index: dict[str, tuple[Actor, ...]], folded: str, named: set[str]
) -> Actor | None:
    """The registry actor a name found in the text (``folded``) is, if one alone has it.

    A descriptive alias ("national electoral authority") names its actor only in an article
    that also names the actor in full (its id in ``named``): a registry built for one country's
    story must not take "the National Electoral Authority" of another country's. A person's
    surname alone stays its person's.
    """
    hits = index.get(folded, ())
    if len(hits) != 1:
        return None
    actor = hits[0]
    if actor.type == "Person" or actor.id in named:
        return actor
    spelt = [n for n in actor.names if fold(n) == folded]
    return actor if any(is_strong(n, actor) for n in spelt) else None
