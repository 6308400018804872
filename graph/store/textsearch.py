"""Search in the text index: the first statements in time order whose folded text holds a needle.

A fill (``TextIndex.fill``) numbers the statements in time order, ``(day, article, offset, IRI)``
with undated ones last, and remembers the last number it gave (``ordered``). The FTS5 trigram
index hands its matches back by number, so the first ``limit`` matches in time order are its
first ``limit`` numbers: SQLite stops there instead of finding every match and sorting them (a
common word at 1M statements: hundreds of thousands of rows; 30 ms of CPU -> a few). Rows
written since the fill (an ingest) are numbered after ``ordered``, out of time order: they are
found apart, sorted, and merged in. A period bounds the numbers to look at, found in the time
index; needles under three characters (no trigram) are tested row by row in time order.
"""

from __future__ import annotations

import heapq
import sqlite3
from collections.abc import Sequence
from itertools import islice

__all__ = ["ORDER", "bounds", "search"]

ORDER = "coalesce(day, '~'), article, start, iri"
"""The order of statements (dated first, by day, article, offset), that of the index
``statement_when``: a page or a search's first rows are read from it without sorting."""

_KEY = "coalesce(s.day, '~'), s.article, s.start, s.iri"
_MATCH = (
    f"SELECT s.iri, {_KEY} FROM statement_text JOIN statement AS s ON s.id = statement_text.rowid "
    "WHERE statement_text MATCH ? AND statement_text.rowid BETWEEN ? AND ?"
)


def search(
    db: sqlite3.Connection,
    needle: str,
    ordered: int,
    lo: str | None,
    hi: str | None,
    speakers: Sequence[str],
    limit: int | None,
) -> list[str]:
    """IRIs of the statements whose folded text holds the folded ``needle``, in time order."""
    where: list[str] = []
    params: list[object] = []
    bounds(where, params, lo, hi, speakers, table="s.")
    extra = "".join(f" AND {w}" for w in where)
    cap = "" if limit is None else f" LIMIT {int(limit)}"
    if len(needle) < 3:  # no trigram: every row tested, in time order
        sql = f"SELECT s.iri FROM statement AS s WHERE instr(s.folded, ?) > 0{extra}"
        return [r[0] for r in db.execute(f"{sql} ORDER BY {_KEY}{cap}", [needle, *params])]
    phrase = '"' + needle.replace('"', '""') + '"'
    first, last = _numbers(db, ordered, lo, hi)
    head = db.execute(
        f"{_MATCH}{extra} ORDER BY statement_text.rowid{cap}", [phrase, first, last, *params]
    ).fetchall()
    tail = db.execute(
        f"{_MATCH}{extra} ORDER BY {_KEY}{cap}", [phrase, ordered + 1, 1 << 62, *params]
    ).fetchall()
    merged = heapq.merge(head, tail, key=lambda r: r[1:]) if tail else iter(head)
    return [r[0] for r in islice(merged, limit)]


def _numbers(
    db: sqlite3.Connection, ordered: int, lo: str | None, hi: str | None
) -> tuple[int, int]:
    """The numbers of the time-ordered rows that may lie in ``[lo, hi]``: the first row at or
    after ``lo`` and the last at or before ``hi`` in the time index (later rows skipped)."""
    first, last = 1, ordered
    if lo is not None:
        found = db.execute(
            f"SELECT id FROM statement WHERE coalesce(day, '~') >= ? AND id <= ? ORDER BY {ORDER} "
            "LIMIT 1",
            (lo, ordered),
        ).fetchone()
        first = found[0] if found else ordered + 1
    if hi is not None:
        found = db.execute(
            "SELECT id FROM statement WHERE coalesce(day, '~') <= ? AND id <= ? "
            "ORDER BY coalesce(day, '~') DESC, article DESC, start DESC, iri DESC LIMIT 1",
            (hi, ordered),
        ).fetchone()
        last = found[0] if found else 0
    return first, last


def bounds(
    where: list[str],
    params: list[object],
    lo: str | None,
    hi: str | None,
    speakers: Sequence[str],
    *,
    table: str = "",
) -> None:
    """Conditions (and their values) for a period and some speakers, on ``statement`` rows."""
    # Each bound twice: on the day, and on the indexed order ``coalesce(day, '~')`` so that a
    # page of a period seeks to its first day instead of walking every earlier row.
    day = f"{table}day"
    if lo is not None:
        where.append(f"{day} >= ? AND coalesce({day}, '~') >= ?")
        params += [lo, lo]
    if hi is not None:
        where.append(f"{day} <= ? AND coalesce({day}, '~') <= ?")
        params += [hi, hi]
    if speakers:
        where.append(f"{table}speaker IN ({', '.join('?' * len(speakers))})")
        params.extend(speakers)
