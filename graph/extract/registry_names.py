"""Registry names as the actor table matches them: an index by folded name, a whole-word pattern
per name, and which names identify their actor on their own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from graph.extract.lexicon import ROLE_NOUNS
from graph.extract.registry_home import another_country
from graph.extract.surfaces import char_fold
from graph.model import Actor
from graph.reconcile import same_name
from graph.text import fold

__all__ = [
    "is_strong",
    "name_pattern",
    "near_person",
    "part_of_body",
    "registry_actor",
    "registry_hits",
    "registry_index",
]


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
    """A name that identifies its actor on its own: capitalised and more than a surname. A
    person's office ("State Department Spokesperson") is held by others at other times: it
    names its holder only in an article that names the holder in full.

    >>> miller = Actor("matthew-miller", "Matthew Miller", "Person")
    >>> is_strong("Matthew Miller", miller), is_strong("State Department Spokesperson", miller)
    (True, False)
    """
    if not name[:1].isupper() and not name.lower().startswith("the "):
        return False
    if name.lower().startswith("the ") and not any(w[:1].isupper() for w in name.split()[1:]):
        return False
    if actor.type == "Person" and _office(name):
        return False
    return not (actor.type == "Person" and " " not in name.strip())


def _office(name: str) -> bool:
    """A person's alias that is an office ("State Department Spokesperson")."""
    return name.split()[-1].lower() in ROLE_NOUNS if name.split() else False


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
    if actor.id in named:
        return actor
    spelt = [n for n in actor.names if fold(n) == folded]
    if actor.type == "Person":  # a surname, yes; an office ("Department Spokesperson"), no
        return None if spelt and all(_office(n) for n in spelt) else actor
    return actor if any(is_strong(n, actor) for n in spelt) else None


def near_person(registry: tuple[Actor, ...], name: str) -> Actor | None:
    """The one registry person ``name`` is a near spelling of ("Marina Corina Machado")."""
    hits = {
        a.id: a
        for a in registry
        if a.type == "Person"
        and any(same_name(name, n) for n in (a.name, *a.aliases) if not _office(n))
    }
    return next(iter(hits.values())) if len(hits) == 1 else None


def registry_hits(
    registry: tuple[Actor, ...], text: str, folded: str
) -> list[tuple[int, int, Actor, bool]]:
    """Every occurrence of a registry name or alias in ``text`` (``folded``: its accent-blind
    form, same length) as (start, end, actor, names it on its own), whole words; acronyms
    case-sensitively. A mention of another country's body of the same name is none."""
    found: list[tuple[int, int, Actor, bool]] = []
    for actor in registry:
        for name in actor.names:
            acronym = name.isupper()  # matched case-sensitively: "US" is not "us"
            haystack = text if acronym else folded
            if (name if acronym else char_fold(name)) not in haystack:
                continue  # most of a registry is absent from any one article
            strong = is_strong(name, actor)
            for match in name_pattern(name, acronym).finditer(haystack):
                if another_country(actor, text, match.start(), match.end()):
                    continue  # "Honduras' National Electoral Council": not the registry's
                # A capitalised name is capitalised where found ("Protesters", "protesters")
                as_named = not name[:1].isupper() or text[match.start()].isupper()
                found.append((match.start(), match.end(), actor, strong and as_named))
    return found


# The rest of a longer body's name after a registry name: "Development Programme", ", Scientific
# and Cultural Organization".
_NAME_GOES_ON = re.compile(r"(?:,?\s(?:and\s|&\s|of\s|for\s|the\s)*[A-Z][\w'’-]*)+")


# The start of a body's name that ends with a registry name after "of": "Court of Justice of the".
_OF_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s(?:[A-Z][\w'’-]*|of|for|and|&))*\sof\s(?:the\s)?")


def part_of_body(text: str, start: int, end: int, bodies: Sequence[tuple[int, int]]) -> bool:
    """Whether a body's name the model tagged (``bodies``) begins with the registry name at
    ``start:end`` and goes on with more words of a name, or ends with it after "of" ("the Court
    of Justice of the European Union": a court, not the Union).

    >>> text = "The Court of Justice of the European Union ruled."
    >>> part_of_body(text, 24, 42, [(4, 42)]), part_of_body(text, 24, 42, [])
    (True, False)
    """
    return any(
        (
            s <= start < end < e
            and text[s:start].strip().lower() in ("", "the")
            and _NAME_GOES_ON.fullmatch(text, end, e) is not None
        )
        or (s < start and end == e and _OF_NAME.fullmatch(text, s, start) is not None)
        for s, e in bodies
    )
