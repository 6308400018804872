"""A surname written once with a letter wrong: "Nicholas said" after "Brian Nichols".

News copy misspells a name now and then, most often a surname standing alone after the full
name. A single word the model calls a person, that no one in the article is named, and that is
one letter away (added, dropped or changed; same first letter, at least six letters) from a
surname (a word after the given name) of exactly one person named in full before is that person: the spelling is recorded as
an alias. Shorter words are left alone ("Kahn" / "Khan" may be two people), and so is a word two
people's surnames are near.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from rapidfuzz.distance import Levenshtein

from graph.text import fold

__all__ = ["misspelt_surname"]

MIN_LETTERS = 6


class _Named(Protocol):
    name: str


N = TypeVar("N", bound=_Named)


def misspelt_surname(word: str, people: Sequence[N]) -> N | None:
    """The one person among ``people`` whose surname ``word`` misspells by one letter, if any.

    >>> from types import SimpleNamespace as P
    >>> people = [P(name="Brian Nichols"), P(name="Ana Soto")]
    >>> misspelt_surname("Nicholas", people).name
    'Brian Nichols'
    >>> misspelt_surname("Sotto", people) is None, misspelt_surname("Michols", people) is None
    (True, True)

    A name of two surnames is misspelt in either: "Gonzales" for "Elena González Urrutia".

    >>> misspelt_surname("Gonzales", [P(name="Elena González Urrutia")]).name
    'Elena González Urrutia'
    >>> two = [P(name="Elena González Urrutia"), P(name="Luis Gonzalez")]
    >>> misspelt_surname("Gonzales", two) is None  # two people it may misspell
    True
    """
    folded = fold(word)
    if len(folded) < MIN_LETTERS or " " in folded:
        return None
    hits = []
    for person in people:
        parts = fold(person.name).split()
        if len(parts) < 2:
            continue
        # Every word after the given name may be the surname: "Ana Ruiz Soto" is "Ruiz" too.
        if any(
            surname[:1] == folded[:1]
            and min(len(surname), len(folded)) >= MIN_LETTERS - 1
            and Levenshtein.distance(surname, folded) == 1
            for surname in parts[1:]
        ):
            hits.append(person)
    return hits[0] if len(hits) == 1 else None
