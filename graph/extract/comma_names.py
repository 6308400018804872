"""Names the entity model ran across a comma: "after Sunday's loss at Brighton, Amorim
admitted" tagged as one name is "Amorim"; but a company's legal form ("Acme Holdings, Inc.")
and a list inside a body's name ("Steel, Paper and Forestry Union") are parts of names."""

from __future__ import annotations

from graph.extract.lexicon import ORG_NAME_ENDINGS

__all__ = ["name_after_comma"]


# A company's legal form written after a comma ("Acme Holdings, Inc."): part of no other name.
_LEGAL_FORMS = frozenset(
    {"inc", "ltd", "llc", "corp", "co", "plc", "lp", "l.p", "s.a", "n.v", "ag"}
)


def name_after_comma(start: int, surface: str, label: str) -> tuple[int, str, str]:
    """(start, surface, label) of an entity the model ran across a comma: "after Sunday's loss
    at Brighton, Amorim admitted" tagged as one name is "Amorim" (names hold no comma; the last
    part, one word, is a surname); a company's legal form after a comma is left off the name.

    >>> name_after_comma(0, "Acme Pharmaceuticals International, Inc.", "ORG")
    (0, 'Acme Pharmaceuticals International', 'ORG')
    >>> name_after_comma(0, "Steel, Paper and Forestry Union", "ORG")
    (0, 'Steel, Paper and Forestry Union', 'ORG')
    >>> name_after_comma(20, "at Brighton, Amorim", "PERSON")
    (33, 'Amorim', 'PERSON')
    """
    if label not in ("PERSON", "ORG") or ", " not in surface:
        return start, surface, label
    head, _, last = surface.rpartition(", ")
    if last.rstrip(".").lower() in _LEGAL_FORMS:
        return start, head, "ORG"  # "Acme Pharmaceuticals, Inc."
    if label == "ORG" and " and " in last and last.split()[-1].lower() in ORG_NAME_ENDINGS:
        return start, surface, label  # "Steel, Paper and Forestry Union": a list in the name
    return start + len(head) + 2, last, "PERSON" if " " not in last else label
