"""A body the model tags with its country's name written first.

"The U.S. Securities and Exchange Commission sued ...": the registry knows "U.S." and marks it
before the model's entities are read, and an entity overlapping a mention used to be dropped,
so the suit became the country's. The country's name written first in an organisation the model
tagged, with nothing else marked inside it, only names the body's country: the body is an actor
named with it, and the country's mention there goes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from graph.extract.agents import is_generic

__all__ = ["clear_for_body"]


class _Table(Protocol):
    text: str
    drafts: Mapping[str, Any]

    def keys_in(self, start: int, end: int) -> list[tuple[int, int, str]]: ...

    def key_at(self, start: int, end: int, *, exact: bool = False) -> str | None: ...

    def detach(self, key: str, start: int, end: int) -> None: ...


def clear_for_body(table: _Table, start: int, end: int, label: str) -> bool:
    """Clear the span ``[start, end)`` of an entity for it: True when no mention overlaps it,
    or when the only one is its country's written first, which this lets go of (see above);
    False (and nothing changed) otherwise."""
    if table.key_at(start, end) is None:
        return True
    country = _country_first(table, start, end, label)
    if country is not None:
        table.detach(*country)  # the body's country is no participant of its own
    return country is not None


def _country_first(table: _Table, start: int, end: int, label: str) -> tuple[str, int, int] | None:
    """(actor key, start, end) of the registry country's mention written first in the
    organisation at ``[start, end)`` and the one name marked inside it, else None (see above)."""
    inside = table.keys_in(start, end)
    if label != "ORG" or len(inside) != 1:
        return None
    s, e, key = inside[0]
    country = table.drafts[key]
    first = (
        s == start
        and country.type == "Country"
        and country.registry is not None
        and table.text[e : e + 1] == " "
        and table.text[e + 1 : e + 2].isupper()
        and not is_generic(table.text[e + 1 : end])  # "the U.S. Government": the country's
        and table.key_at(start, end) == key
        and table.key_at(e, end) is None
    )
    return (key, s, e) if first else None
