"""Whose phrase an agent noun is when no country can be its owner.

"Hamas's leaders" and "Moldavia's government" (a place the gazetteer does not know) are owned
by a named non-country or an unknown place: ``agents`` anchors no such phrase to the story's
country. "His government" is the country's its owner's title names: "British Prime Minister X
said his government ..." is never "the Rwandan government" written elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.extract.gazetteer import country_named

if TYPE_CHECKING:
    from graph.extract.actors import ActorTable

__all__ = ["foreign_owned", "possessor_country"]


def foreign_owned(chunk: Any, table: ActorTable) -> bool:
    """A phrase owned by a named non-country ("Hamas's leaders") or by a place that is no
    country the gazetteer knows: not the story's country."""
    for token in chunk:
        if token.i >= chunk.root.i or token.pos_ != "PROPN":
            continue
        key = table.key_at(token.idx, token.idx + len(token.text))
        if key is not None and table.draft(key).type != "Country":
            return True
        if key is not None and country_named(token.text) is None:
            return True  # "Moldavia's government": a place the gazetteer does not know
    return False


def possessor_country(chunk: Any, table: ActorTable) -> str | None:
    """The country in the title of the person "his" or "her" owns ``chunk`` for: the last
    person named before it in its sentence, whose title names a country ("British Prime
    Minister X said his government ..."); None when there is none."""
    if not any(t.dep_ == "poss" and t.lower_ in ("his", "her") for t in chunk.root.children):
        return None
    sent = chunk.root.sent
    people = [
        s
        for s, _, k in table.keys_in(sent.start_char, chunk.start_char)
        if table.draft(k).type == "Person"
    ]
    if not people:
        return None
    words = table.text[sent.start_char : people[-1]].split()[-6:]
    found = [country_named(w) for w in words if w[:1].isupper()]
    return next((c.name for c in found if c is not None), None)
