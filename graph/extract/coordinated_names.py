"""Two names the model read as one: "Kroger and Albertsons said they were disappointed".

The named-entity model often tags a coordination of two names as a single organisation
("Kroger and Albertsons", "Fiat and Renault"), which then makes one actor of two companies and
takes each name written alone for an alias of the pair. A tagged name of the form "A and B" is
two names where the article also writes each of A and B on its own, capitalised and outside
the pair: a name such as "Bosnia and Herzegovina", "Marks and Spencer" or "Ministry of Trade and
Industry" never has both halves standing alone as names in the story, and a country the
gazetteer knows whole stays whole.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.agents import country_named
from graph.extract.registry_names import name_pattern

__all__ = ["coordinated_parts"]


def coordinated_parts(
    ent: Any, span: tuple[int, int, str], text: str
) -> list[tuple[int, int, str]]:
    """The span of a named entity, or its two names where it coordinates two the article
    writes apart ("Kroger and Albertsons" where "Kroger said" and "Albertsons said" occur).

    ``span`` is (start, end, label) of the entity as already cut (``possessives.entity_parts``).
    """
    start, end, label = span
    if label not in ("ORG", "PERSON", "GPE") or country_named(text[start:end]) is not None:
        return [span]
    joins = [t for t in ent if t.lower_ == "and" and start < t.idx and t.idx + 3 < end]
    if len(joins) != 1:
        return [span]
    join = joins[0]
    left = (start, join.idx - 1)
    right = (join.idx + len(join.text) + 1, end)
    parts = [(a, b) for a, b in (left, right) if b > a and text[a : a + 1].isupper()]
    if len(parts) != 2:
        return [span]
    # where the article writes the whole coordination: a half met inside it is not alone
    covered = [(m.start(), m.end()) for m in re.finditer(re.escape(text[start:end]), text)]
    if not all(_stands_alone(text, text[a:b], covered) for a, b in parts):
        return [span]
    return [(a, b, label) for a, b in parts]


def _stands_alone(text: str, name: str, covered: list[tuple[int, int]]) -> bool:
    """Whether ``name`` occurs in the article outside every span of ``covered``."""
    found = name_pattern(name, True).finditer(text)
    return any(not any(s <= m.start() < e for s, e in covered) for m in found)
