"""A description in a story's lead names the person the next paragraphs give that title to.

Wire copy opens with a description and names the person below it: "Indonesia's president said
on Wednesday his country would appeal ... Speaking at an investment event, President Joko
Widodo vowed ...". The description gives a country and one office; the person written right
after that office used as a title ("President Joko Widodo", "Chilean President Ana Ruiz"), in
the paragraphs that follow, is the one it describes, when exactly one person is so titled
there and nobody before the description bears the title (then it is a second holder, or
``coref.titled_person`` already found the one written with the country). The description is
the office alone ("Peru's prime minister" and "the Chilean foreign minister" say more than one
word of office: left alone); the title is the office alone, or with the same country ("Vice
President X", "former President X", "Finance Minister X" hold other offices; "U.S. President
X" and "President X of the United States" are another country's). Only the description's
paragraph and the next one are read.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.gazetteer import country_named
from graph.extract.lexicon import ROLE_NOUNS

# Written before a title, another holder than the office's: "Vice President", "former President".
_SECONDS = frozenset({"vice", "deputy", "acting", "former", "ex", "interim", "late"})

__all__ = ["titled_below"]

# The capitalised words written right before a name: its title ("Chilean President").
_TITLE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,4})$")


def titled_below(table: ActorTable, description: str, start: int) -> str | None:
    """The one person the description's paragraph or the next one writes, after ``start``,
    with the description's office as a title, when the description is a country's office and
    nothing more ("Indonesia's president", "the Indonesian president"), else None.

    >>> table = ActorTable("Peru's president said so.\\n\\nPresident Ana Ruiz added that.")
    >>> ruiz = table.add_agent(37, 45, "Ana Ruiz", "Person")
    >>> titled_below(table, "Peru's president", 0) == ruiz
    True
    """
    words = [w for w in description.split() if w.lower() != "the"]
    if len(words) != 2 or words[1].lower() not in ROLE_NOUNS:
        return None
    country = country_named(re.sub(r"['’]s$", "", words[0]))
    if country is None:
        return None
    role, text = words[1].lower(), table.text
    end = _next_paragraph_end(text, start)
    below: set[str] = set()
    for at, stop, key in table.keys_in(0, end):
        if table.draft(key).type != "Person" or not _titled(text, at, stop, role, country):
            continue
        if at < start:
            return None  # a holder of the title written before the description
        below.add(key)
    return below.pop() if len(below) == 1 else None


def _titled(text: str, at: int, stop: int, role: str, country: Any) -> bool:
    """Whether the name at ``at``-``stop`` is written after the office ``role`` as its title,
    of ``country`` or of none named, and held now ("former President X" is not)."""
    title = _title_before(text, at)
    if not title or title[-1].lower() != role:
        return False
    before = text[max(0, at - 80) : at].split("\n")[-1].lower().replace("-", " ").split()
    cut = before[: len(before) - len(title)][-1:]
    if {w.lower().strip(".") for w in title} & _SECONDS or set(cut) & _SECONDS:
        return False
    others = [w for w in title[:-1] if country_named(re.sub(r"['’]s$", "", w)) != country]
    after = re.match(r"\s*(?:,\s*)?of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)", text[stop:])
    abroad = after is not None and country_named(after.group(1)) not in (None, country)
    return not others and not abroad


def _next_paragraph_end(text: str, start: int) -> int:
    """Where the paragraph after the one ``start`` is in ends (the text's end, if none)."""
    first = text.find("\n", start)
    if first < 0:
        return len(text)
    body = re.search(r"\S", text[first:])
    if body is None:
        return len(text)
    second = text.find("\n", first + body.start())
    return len(text) if second < 0 else second


def _title_before(text: str, at: int) -> list[str]:
    """The capitalised words right before ``at`` on its line ("Speaking in Lima, President"
    gives ["President"]), else []."""
    line = text[max(0, at - 60) : at].split("\n")[-1]
    match = _TITLE.search(line)
    return match.group(1).split() if match else []
