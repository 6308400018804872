"""Descriptions that stand for a person named elsewhere: "the 61-year-old", "the 33-year-old".

News writing names a person once with their age ("Ana Ruiz, 61," or "61-year-old Ana Ruiz")
and later refers to them by it. The description resolves to that person when exactly one person
in the article is given that age; otherwise it stays unresolved here.
"""

from __future__ import annotations

import re

from graph.extract.actors import ActorTable

__all__ = ["age_in", "people_aged"]

_AGE_AFTER = re.compile(
    r"\s*(?:,|\()\s*(?:aged\s+)?(\d{1,3})\s*(?:,|\))"
)  # "Ruiz, 61," "Ruiz (61)"
_AGE_BEFORE = re.compile(
    r"\b(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,3}$"
)  # "61-year-old (lawyer) Ana"
_AGE_DESCRIBED = re.compile(r"\b(\d{1,3})-year-old\b")


def age_in(phrase: str) -> int | None:
    """The age a description gives ("the 61-year-old" -> 61), if any.

    >>> age_in("the 61-year-old"), age_in("the minister")
    (61, None)
    """
    match = _AGE_DESCRIBED.search(phrase)
    return int(match.group(1)) if match else None


def people_aged(table: ActorTable, age: int) -> set[str]:
    """The keys of the people the article gives as ``age`` years old."""
    found: set[str] = set()
    text = table.text
    for start, end, key in table._spans:
        if table.draft(key).type != "Person":
            continue
        after = _AGE_AFTER.match(text, end)
        before = _AGE_BEFORE.search(text[max(0, start - 60) : start])
        for match in (after, before):
            if match is not None and int(match.group(1)) == age:
                found.add(key)
    return found
