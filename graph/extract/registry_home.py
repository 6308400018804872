"""A registry body belongs to one country: another country's body of the same name is not it.

A registry built for one story names that country's bodies by their plain names ("National
Electoral Council", "CNE"), and other countries have bodies called the same. A registry body's
home is the one country its names and description name ("Venezuela's electoral council"); a
mention is of another country's body when the words before it name another country
("Honduras' National Electoral Council", "the Peruvian National Electoral Council"), or, with no
country written there, when the story is about another country. People travel and keep their
names, so only bodies and groups have a home; and only a kind of body has namesakes abroad
("Supreme Court"), not a body with a name of its own ("White House", "Kremlin").
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.extract.gazetteer import Country, countries_in, country_named, story_country
from graph.extract.lexicon import GENERIC_ORG_NOUNS, GOVERNMENT_WORDS
from graph.model import Actor

__all__ = ["another_country", "home_country"]

# The words right before a mention: "Honduras' ", "the Peruvian ", "Kenya's ".
_QUALIFIER = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s|['’])?\s+$")


def _common_name(actor: Actor) -> bool:
    """Whether a body's name is one other countries' bodies have too: a kind of body ("National
    Electoral Council", "Supreme Court"), not a name of its own ("White House", "Kremlin")."""
    words = {w.lower() for name in actor.names for w in re.findall(r"[A-Za-z]+", name)}
    return actor.type == "Group" or bool(words & (GOVERNMENT_WORDS | GENERIC_ORG_NOUNS))


@lru_cache(maxsize=4096)
def home_country(actor: Actor) -> str | None:
    """The code of the one country a registry body's names and description name, if one."""
    if actor.type in ("Person", "Country"):
        return None
    codes: set[str] = set()
    for text in (*actor.names, actor.description or ""):
        codes |= countries_in(text)
    return next(iter(codes)) if len(codes) == 1 else None


def another_country(actor: Actor, text: str, start: int, end: int) -> Country | None:
    """The other country whose body the mention ``text[start:end]`` of registry ``actor`` is
    (see above), or None when it is the actor. A name that names the home country is the
    actor's."""
    home = home_country(actor)
    if home is None or home in countries_in(text[start:end]) or not _common_name(actor):
        return None
    before = _QUALIFIER.search(text, max(0, start - 40), start)
    country = country_named(before.group(1)) if before is not None else None
    country = country or story_country(text)
    return country if country is not None and country.code != home else None
