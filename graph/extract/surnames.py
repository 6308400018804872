"""Surnames standing alone: "Ruto said" after "William Ruto", where the model missed the name.

The surnames are those of the people the article names in full (and their registry names),
each with whose it is; a surname one person has is marked wherever it stands alone, but for a
month that is also a surname written as a date ("before May 2026", "in May").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract.dates import MONTHS

if TYPE_CHECKING:
    from graph.extract.actors import ActorTable

__all__ = ["add_surnames", "surname_of", "surname_owners"]

_MONTH_BEFORE = re.compile(r"\b(?:in|on|of|since|until|by|from|to|last|next|early|late|mid)\s+$")


def surname_owners(table: ActorTable) -> dict[str, list[str]]:
    """Each surname of the people named in full in this article, and whose it is."""
    owners: dict[str, list[str]] = {}
    for key, draft in table.drafts.items():
        if draft.type != "Person":
            continue
        names = {draft.name, *draft.aliases}
        if draft.registry is not None:
            names |= set(draft.registry.names)
        for surname in filter(None, map(surname_of, names)):
            owners.setdefault(surname, [])
            if key not in owners[surname]:
                owners[surname].append(key)
    return owners


def surname_of(name: str) -> str | None:
    """The surname of a name written in full ("Ana Ruiz": "Ruiz"), else None ("Ruiz", "Ana de")."""
    words = name.split()
    if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 2:
        return words[-1]
    return None


def add_surnames(table: ActorTable) -> None:
    """Mark a person's surname standing alone ("Ruto said") where the model missed it.

    Only surnames of people named in full in this article, and only where one person has it.
    """
    text = table.text
    for surname, keys in surname_owners(table).items():
        if len(keys) != 1:
            continue
        pattern = re.compile(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])")
        for match in pattern.finditer(text):
            if surname.lower() in MONTHS and (
                _MONTH_BEFORE.search(text, max(0, match.start() - 8), match.start())
                or text[match.end() : match.end() + 2].lstrip()[:1].isdigit()
            ):
                continue  # "before May 2026", "in May": the month, not Theresa May
            if not table.key_at(match.start(), match.end()):
                table.attach(keys[0], match.start(), match.end())
