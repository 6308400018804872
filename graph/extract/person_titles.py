"""A name written after a title of one person is a person's name.

"the opposition leader Ana Ruiz", "the main challenger Tomas Wekwete", "government spokesman
Ivo Lang", "Congress MP Ivo Lang": the small English model often labels such a name an
organisation. A common noun of one person's office or part (a role noun that names neither a
group nor a generic agent such as "government" or "police"), written in lower case right before
the name, or a seat's abbreviation ("MP", "MEP"), makes it a person's. A capitalised title
("President Ana Ruiz") is left to the titles' own rules, and a noun of a body ("the
broadcaster", "the party") does not qualify.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from graph.extract.agents import agent_nouns, country_named
from graph.extract.lexicon import GROUP_NOUNS, ROLE_NOUNS, SEAT_ABBREVIATIONS
from graph.extract.surfaces import title_word

__all__ = ["after_person_title", "one_person_nouns", "titled_place"]

_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s+$")


# Role nouns a body can hold as well as a person: "the election monitor Transparency Watch",
# "its rival Northline Mining".
_BODIES_TOO = frozenset({"monitor", "observer", "general", "rival"})


@lru_cache(maxsize=1)
def one_person_nouns() -> frozenset[str]:
    """Nouns of one person ("counterpart", "diplomat"), not of a body ("bank", "monarchy")."""
    return frozenset(ROLE_NOUNS - GROUP_NOUNS - agent_nouns())


@lru_cache(maxsize=1)
def _one_person() -> frozenset[str]:
    """Singular nouns of one person's office ("leader", "spokesman", "challenger")."""
    nouns = one_person_nouns() - _BODIES_TOO
    return frozenset(n for n in nouns if not n.endswith(("s", "men", "people")))


def after_person_title(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a lowercase title of one person.

    >>> after_person_title("the opposition leader Ana Ruiz said", 22)
    True
    >>> after_person_title("the ruling party Unity Now said", 17)
    False
    >>> after_person_title("President Ana Ruiz said", 10)
    False
    """
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    word = match.group(1)
    return word in SEAT_ABBREVIATIONS or (word.islower() and word in _one_person())


def titled_place(ent: Any) -> bool:
    """Whether an entity the model labelled a place is a person's name written with a title.

    The small model reads an unfamiliar two- or three-word name as a place now and then. A
    title just before it ("Acme chief executive Tomas Okafor", "Transport Minister ...") or in
    apposition after it ("Tomas Okafor, Acme's chief executive,") says a person is named: no
    town has a title. A name the gazetteer knows as a country stays a place.
    """
    if ent.label_ != "GPE" or not 2 <= len(ent) <= 3:
        return False
    if not all(t.text[:1].isupper() and t.is_alpha for t in ent):
        return False
    if country_named(ent.text) is not None or any(country_named(t.text) for t in ent):
        return False
    if any(c.dep_ == "appos" and title_word(c.text) for c in ent.root.children):
        return True  # "Tomas Okafor, Acme's chief executive, said"
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.pos_ in ("NOUN", "PROPN") and title_word(before.text)
