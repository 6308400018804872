"""A person's name with a nickname in quotation marks inside it.

"Ferdinand “Bongbong” Marcos", "Tomas 'Tommy' Berg", "Joaquín “El Chapo” Guzmán": news writes a
nickname between the given name and the surname. The small model cuts the name at the marks
(a given name alone, the nickname as a place, "Tommy” Berg" as a person), which makes two or
three actors of one person. A given name, a nickname of one to three capitalised words in
quotation marks, and a surname, with single spaces between, are one person: named without the
nickname ("Ferdinand Marcos"), which is an alias of theirs.
"""

from __future__ import annotations

import re

from graph.extract.actors import ActorTable
from graph.extract.surfaces import title_or_body_word

__all__ = ["nicknamed_people"]

_WORD = r"[A-ZÀ-Þ][\w’'-]+"
_NICKNAMED = re.compile(
    rf"\b(?P<given>{_WORD}(?: {_WORD})?) [\"“‘'](?P<nick>{_WORD}(?: {_WORD}){{0,2}})[\"”’'] "
    rf"(?P<surname>{_WORD}(?: {_WORD})?)\b"
)


def nicknamed_people(table: ActorTable) -> None:
    """Mark each name with a quoted nickname inside it as one person (see above)."""
    for match in _NICKNAMED.finditer(table.text):
        words = [*match.group("given").split(), *match.group("surname").split()]
        if any(title_or_body_word(w) for w in words) or table.key_at(*match.span()):
            continue  # "Minister 'Tommy' Berg", "Party 'Unity' Congress": not a person's name
        name = f"{match.group('given')} {match.group('surname')}"
        key = table.add_agent(match.start(), match.end(), name, "Person")
        table.draft(key).aliases.add(match.group("nick"))
