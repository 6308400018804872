"""Rendering rows for the terminal: table, JSON and CSV, and the progress bar on stderr."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from graph.serialize import cell, records, to_csv, to_json

__all__ = ["as_dicts", "progress", "render"]

T = TypeVar("T")

as_dicts = records
"""Rows (records or mappings) as plain dicts, dates as ISO text: ``graph.serialize.records``."""


def render(
    rows: Sequence[Mapping[str, Any]], fmt: str, columns: Sequence[str] | None = None
) -> str:
    """Render dict rows as ``table``, ``json`` or ``csv`` text."""
    if fmt == "json":
        return to_json(rows)
    if fmt == "csv":
        return to_csv(rows, columns)
    if fmt == "table":
        return _table(rows, list(columns or (rows[0].keys() if rows else [])))
    raise ValueError(f"unknown format {fmt!r}")


def _table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], width: int = 60) -> str:
    if not rows:
        return "(no results)"
    cells = [[_clip(cell(row.get(c)), width) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(lines)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def progress(items: Iterable[T], total: int | None = None, desc: str = "") -> Iterator[T]:
    """Iterate with a progress bar on stderr, shown only when stderr is a terminal."""
    from tqdm import tqdm

    yield from tqdm(items, total=total, desc=desc, file=sys.stderr, disable=not sys.stderr.isatty())
