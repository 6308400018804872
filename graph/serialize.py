"""Records written out: the one place rows become JSON or CSV text.

The CLI, the app's downloads and the network's node-link export all write through here, so a
date is ISO ``YYYY-MM-DD`` text, a tuple a JSON list (or ``"; "``-joined in a CSV cell) and a
nested record an object, whoever writes it.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

__all__ = ["cell", "dumps", "plain", "records", "to_csv", "to_json"]


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: records and mappings as dicts, tuples as lists, dates ISO.

    >>> from graph.model import DateValue
    >>> plain({"when": DateValue(date(2024, 7, 28), "stated"), "who": ("a", "b")})
    {'when': {'value': '2024-07-28', 'certainty': 'stated', 'earliest': None, 'latest': None, 'note': None}, 'who': ['a', 'b']}
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def records(rows: Iterable[Any]) -> list[dict[str, Any]]:
    """Rows (records or mappings) as plain dicts.

    >>> records([{"day": date(2024, 7, 28)}])
    [{'day': '2024-07-28'}]
    """
    out = []
    for row in rows:
        value = plain(row)
        if not isinstance(value, dict):
            raise TypeError(f"cannot write a {type(row).__name__} as a row")
        out.append(value)
    return out


def to_json(rows: Iterable[Any]) -> str:
    """Rows as a JSON array of objects, every field kept (nested records as objects)."""
    return dumps(records(rows))


def dumps(value: Any) -> str:
    """Any record, row list or mapping as indented JSON text (``plain`` first)."""
    return json.dumps(plain(value), ensure_ascii=False, indent=2, default=str)


def cell(value: Any) -> str:
    """One CSV or table cell: nothing for None, lists joined with ``"; "``, dates ISO.

    >>> cell(None), cell(["a", date(2024, 7, 28)]), cell(3)
    ('', 'a; 2024-07-28', '3')
    """
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_csv(rows: Iterable[Any], columns: Sequence[str] | None = None) -> str:
    """Rows as CSV text with a header line; ``columns`` picks and orders the fields.

    >>> print(to_csv([{"a": 1, "b": ("x", "y")}]))
    a,b
    1,x; y
    """
    flat = records(rows)
    names = list(columns or (flat[0].keys() if flat else []))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(names)
    for row in flat:
        writer.writerow([cell(row.get(c)) for c in names])
    return buf.getvalue().rstrip("\n")
