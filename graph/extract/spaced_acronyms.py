"""A country's dotted acronym written with spaces: "U. S.", "U. K.".

Some text spaces the letters of a dotted acronym ("the U. S. government", "U. K. officials"), and
the model then sees two initials, no place: the country goes unfound, and so do the bodies its
adjective anchors. Two to four capitals, each with its stop and a space between, name the
country the gazetteer knows by the letters run together ("US", "UK", "UAE"). Initials of a
person's name are no country ("J. K. Rowling": "JK" is none).
"""

from __future__ import annotations

import re

from graph.extract.actors import ActorTable
from graph.extract.agents import country_named

__all__ = ["spaced_acronyms"]

_SPACED = re.compile(r"(?<![\w.])(?:[A-Z]\. ){1,3}[A-Z]\.(?![\w.])")


def spaced_acronyms(table: ActorTable) -> None:
    """Mark each country written as a spaced dotted acronym (see above)."""
    for match in _SPACED.finditer(table.text):
        country = country_named(match.group(0).replace(" ", ""))
        if country is not None and not table.key_at(*match.span()):
            table.add_adjective(*match.span(), country.name, "Country")  # no alias of it
