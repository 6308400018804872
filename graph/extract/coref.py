"""Descriptions that stand for a person named elsewhere: "the 61-year-old", "Chile's FA head".

News writing names a person once with their age ("Ana Ruiz, 61," or "61-year-old Ana Ruiz")
or title ("Chile FA chief Ana Ruiz") and elsewhere refers to them by it. A description resolves
to that person when exactly one person in the article fits; otherwise it stays unresolved here.
"""

from __future__ import annotations

import re

from graph.extract.actors import ActorTable
from graph.extract.lexicon import ROLE_NOUNS

__all__ = ["age_in", "people_aged", "titled_person"]

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


def titled_person(table: ActorTable, description: str) -> str | None:
    """The one actor written after a title with the description's proper words and a role.

    "Uruguay's FA president" is "Uruguay FA chief Wilmer Valdez": the same country and body
    before a role word, whatever role word. A name after a role word is a person's, whatever
    label the model gave it.
    """
    proper = {
        re.sub(r"['’]s$", "", w).lower()
        for w in description.split()
        if w[:1].isupper() and re.sub(r"['’]s$", "", w).lower() not in ROLE_NOUNS
    }
    if not proper:
        return None
    found: set[str] = set()
    for start, _, key in table._spans:
        line = table.text[max(0, start - 60) : start].split("\n")[-1]
        words = [re.sub(r"['’]s$", "", w).lower() for w in re.findall(r"[\w'’-]+", line)[-6:]]
        if words and words[-1] in ROLE_NOUNS | {"chief"} and proper <= set(words):
            found.add(key)
    return found.pop() if len(found) == 1 else None
