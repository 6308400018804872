"""Whose phrase an agent noun is when no country can be its owner.

"Hamas's leaders", "Moldavia's government" (a place the gazetteer does not know) and "his
government" are owned by a named non-country, an unknown place or a person: ``agents`` anchors
no such phrase to the story's country, nor to a country written with the same noun elsewhere
("the Rwandan government" is not "his government" of the British prime minister).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.extract.gazetteer import country_named

if TYPE_CHECKING:
    from graph.extract.actors import ActorTable

__all__ = ["foreign_owned"]


def foreign_owned(chunk: Any, table: ActorTable) -> bool:
    """A phrase owned by a named non-country ("Hamas's leaders"), by a place that is no country
    the gazetteer knows, or by a person ("his government": theirs, not the one told of)."""
    for token in chunk:
        if token.i < chunk.root.i and token.dep_ == "poss" and token.lower_ in ("his", "her"):
            return True
        if token.i >= chunk.root.i or token.pos_ != "PROPN":
            continue
        key = table.key_at(token.idx, token.idx + len(token.text))
        if key is not None and table.draft(key).type != "Country":
            return True
        if key is not None and country_named(token.text) is None:
            return True  # "Moldavia's government": a place the gazetteer does not know
    return False
