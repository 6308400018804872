"""A description in a story's lead names the person the next paragraphs give that title to.

Wire copy opens with a description and names the person below it: "Indonesia's president said
on Wednesday his country would appeal ... Speaking at an investment event, President Joko
Widodo vowed ...". The description gives a country and one office; the person written right
after that office used as a title ("President Joko Widodo", "Chilean President Ana Ruiz"), in
the paragraphs that follow, is the one it describes, when exactly one person is so titled
there and nobody before the description bears the title (then it is a second holder, or
``coref.titled_person`` already found the one written with the country). A title naming another
country ("U.S. President Tom Berg") is that country's office holder, not the description's.
"""

from __future__ import annotations

import re

from graph.extract.actors import ActorTable
from graph.extract.gazetteer import country_named
from graph.extract.lexicon import ROLE_NOUNS

__all__ = ["titled_below"]

# How far below the description its person may be named: the next paragraph or two.
_REACH = 800
# The capitalised words written right before a name: its title ("Chilean President").
_TITLE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,4})$")


def titled_below(table: ActorTable, description: str, start: int) -> str | None:
    """The one person the paragraphs after ``start`` write with the description's office as a
    title, when the description is a country's office ("Indonesia's president", "the Chilean
    foreign minister" is not: two role words), else None.

    >>> table = ActorTable("Peru's president said so.\\n\\nPresident Ana Ruiz added that.")
    >>> ruiz = table.add_agent(37, 45, "Ana Ruiz", "Person")
    >>> titled_below(table, "Peru's president", 0) == ruiz
    True
    """
    words = description.split()
    roles = [w.lower() for w in words if w.lower() in ROLE_NOUNS]
    proper = [re.sub(r"['’]s$", "", w) for w in words if w[:1].isupper() and w.lower() not in roles]
    countries = {country_named(w) for w in proper}
    if len(roles) != 1 or len(proper) != 1 or None in countries:
        return None
    (role,), (country,) = roles, countries
    below: set[str] = set()
    for at, _, key in table._spans:
        if at > start + _REACH or table.draft(key).type != "Person":
            continue
        title = _title_before(table.text, at)
        if not title or title[-1].lower() != role:
            continue
        named = {country_named(re.sub(r"['’]s$", "", w)) for w in title[:-1]} - {None}
        if named - {country}:
            continue  # "U.S. President Tom Berg": another country's
        if at < start:
            return None  # a holder of the title written before the description
        below.add(key)
    return below.pop() if len(below) == 1 else None


def _title_before(text: str, at: int) -> list[str]:
    """The capitalised words right before ``at`` on its line ("Speaking in Lima, President"
    gives ["President"]), else []."""
    line = text[max(0, at - 60) : at].split("\n")[-1]
    match = _TITLE.search(line)
    return match.group(1).split() if match else []
