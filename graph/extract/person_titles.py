"""A name written after a title of one person is a person's name.

"the opposition leader Ana Ruiz", "the main challenger Tomas Wekwete", "government spokesman
Ivo Lang", "Congress MP Ivo Lang": the small English model often labels such a name an
organisation. A common noun of one person's office or part (a role noun that names neither a
group nor a generic agent such as "government" or "police"), written in lower case right before
the name, or a seat's abbreviation ("MP", "MEP"), makes it a person's, and so does such a title
capitalised ("Vice Chancellor Ana Ruiz"); a noun of a body ("the broadcaster", "the party")
does not qualify. A trade of one person (``lexicon.OCCUPATIONS``: "filmmaker Ava Lind", "the
novelist Tom Beck") qualifies as well. An honorific ("Mr Touadera", "Dr Lang") makes the name
after it a person's whatever the model said.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.extract.agents import agent_nouns
from graph.extract.gazetteer import given_names
from graph.extract.lexicon import (
    GROUP_NOUNS,
    NAME_TITLES,
    OCCUPATIONS,
    ORG_NAME_ENDINGS,
    ROLE_NOUNS,
    SEAT_ABBREVIATIONS,
)
from graph.extract.surfaces import after_titles, title_or_body_word

__all__ = [
    "after_honorific",
    "after_person_title",
    "one_person_nouns",
    "one_person_singulars",
    "title_in_name",
    "titled_label",
]

_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s+$")
# Honorifics and ranks of one person: "Mr Touadera", "Mrs. Ruiz", "Dr Lang", "Gen. Kale".
_HONORIFIC = re.compile(rf"(?<![\w-])(?:{NAME_TITLES})\s+$")


# Role nouns a body can hold as well as a person: "the election monitor Transparency Watch",
# "its rival Northline Mining".
_BODIES_TOO = frozenset({"monitor", "observer", "general", "rival"})


@lru_cache(maxsize=1)
def one_person_nouns() -> frozenset[str]:
    """Nouns of one person ("counterpart", "diplomat"), not of a body ("bank", "monarchy")."""
    return frozenset(ROLE_NOUNS - GROUP_NOUNS - agent_nouns())


@lru_cache(maxsize=1)
def one_person_singulars() -> frozenset[str]:
    """Singular nouns of one person's office ("leader", "spokesman", "challenger")."""
    nouns = one_person_nouns() - _BODIES_TOO
    return frozenset(n for n in nouns if not n.endswith(("s", "men", "people")))


def after_person_title(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a lowercase title of one person.

    >>> after_person_title("the opposition leader Ana Ruiz said", 22)
    True
    >>> after_person_title("the ruling party Unity Now said", 17)
    False
    >>> after_person_title("Vice Chancellor Ana Ruiz said", 16)
    True
    >>> after_person_title("the rival Northline Mining said", 10)
    False
    >>> after_person_title("Mr Touadera said", 3)
    True
    >>> after_person_title("the filmmaker Ava Lind said", 14)
    True
    """
    if after_honorific(text, start):
        return True  # "Mr Touadera said": the model may call the surname a body
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    word = match.group(1)
    # "Vice Chancellor Heinz-Christian Strache", tagged an organisation: a capitalised title too
    return word in SEAT_ABBREVIATIONS or (
        (word.islower() or word.istitle())
        and (word.lower() in one_person_singulars() or word.lower() in OCCUPATIONS)
    )


def after_honorific(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows an honorific ("Mr Touadera", "Dr. Lang")."""
    return _HONORIFIC.search(text, max(0, start - 12), start) is not None


def titled_label(text: str, start: int, label: str) -> str:
    """The label of a name the model tagged ``label``: a person's after a one-person title
    ("the opposition leader Ana Ruiz", tagged an organisation) or an honorific ("Mr Touadera",
    tagged a body or a place)."""
    if (label == "ORG" and after_person_title(text, start)) or (
        label == "GPE" and after_honorific(text, start)
    ):
        return "PERSON"
    return label


def title_in_name(surface: str, label: str) -> str:
    """The label of a name the model tagged with a person's title inside it: "Deputy
    Spokesperson Marie Harf", tagged an organisation, is a person's when the words after the
    title open with a given name; not a body or a place named after someone, whose last word is
    a body's ("Queen Elizabeth Hospital") or whose title is a royal's or a saint's.

    >>> title_in_name("Deputy Spokesperson Marie Harf", "ORG")
    'PERSON'
    >>> title_in_name("Queen Elizabeth Hospital", "ORG"), title_in_name("King Fahd Stadium", "ORG")
    ('ORG', 'ORG')
    """
    at = after_titles(surface) if label == "ORG" else 0
    words = surface.split()
    if not at or title_or_body_word(words[-1]) or words[-1].lower() in ORG_NAME_ENDINGS:
        return label
    if words[0].lower().rstrip(".") in _NAMESAKE_TITLES:
        return label
    first = surface[at:].split(" ", 1)[0].lower()
    return "PERSON" if first in given_names() and " " in surface[at:] else label


# Titles that name places and bodies after someone: "King Fahd Stadium", "St. Mary's".
_NAMESAKE_TITLES = frozenset({"king", "queen", "prince", "princess", "saint", "st", "sheikh"})
