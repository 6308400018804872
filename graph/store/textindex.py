"""A full-text index over statements and the monthly counts per speaker, in SQLite (stdlib).

SPARQL has no text index in Oxigraph: ``CONTAINS`` over every quote is a scan (2 s at 1M
statements). This index keeps, per statement, what the fast paths need (IRI, named graph,
speaker, day, article, offset, and the quote folded for case and accents) with an FTS5 trigram
index on the folded text, so that "contains these characters" (the facade's meaning of search)
is an index lookup, and a ``monthly`` table that triggers keep equal to the statement counts
per speaker and month. The store that owns the index fills it in ``replace_graph`` and empties
it in ``drop_graph``, so build and ingest keep it in step with the graph; a store loaded from a
snapshot fills it with one query (:meth:`TextIndex.fill`).

>>> ix = TextIndex(":memory:")
>>> ix.replace("g1", [StatementEntry("s1", "ana", "2024-07-29", "a1", 0, "Ana dijo: ¡Sí, señor!")])
>>> ix.search("SENOR")
['s1']
>>> ix.monthly_counts()
[('ana', '2024-07', 1)]
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from graph.store import stanceindex, textsearch
from graph.store.entries import (
    INDEXED_PREDICATES,
    ROW_COLUMNS,
    StatementEntry,
    entries_from_quads,
    entries_from_triples,
)
from graph.store.stanceindex import StanceEntry
from graph.store.textsearch import ORDER as _ORDER
from graph.store.textsearch import bounds as _bounds
from graph.text import fold

__all__ = [
    "INDEXED_PREDICATES",
    "StatementEntry",
    "TextIndex",
    "entries_from_quads",
    "entries_from_triples",
]


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS statement (
    id INTEGER PRIMARY KEY,
    iri TEXT NOT NULL UNIQUE,
    graph TEXT NOT NULL,
    speaker TEXT NOT NULL,
    day TEXT,
    article TEXT NOT NULL,
    start INTEGER NOT NULL,
    folded TEXT NOT NULL,
    stop INTEGER, content TEXT, kind TEXT, cue TEXT, certainty TEXT, confidence TEXT,
    utterance TEXT
);
CREATE INDEX IF NOT EXISTS statement_graph ON statement (graph);
CREATE INDEX IF NOT EXISTS statement_speaker_day ON statement (speaker, day);
CREATE INDEX IF NOT EXISTS statement_day ON statement (day);
CREATE INDEX IF NOT EXISTS statement_utterance ON statement (utterance);
CREATE INDEX IF NOT EXISTS statement_when ON statement (coalesce(day, '~'), article, start, iri);
CREATE INDEX IF NOT EXISTS statement_speaker_when
    ON statement (speaker, coalesce(day, '~'), article, start, iri);
CREATE VIRTUAL TABLE IF NOT EXISTS statement_text USING fts5 (
    folded, content='statement', content_rowid='id', tokenize='trigram'
);
CREATE TABLE IF NOT EXISTS monthly (
    speaker TEXT NOT NULL, month TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (speaker, month)
) WITHOUT ROWID;
"""

# Kept by triggers for one graph's writes; a whole fill drops them and rebuilds in bulk instead.
_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS statement_added AFTER INSERT ON statement BEGIN
    INSERT INTO statement_text (rowid, folded) VALUES (new.id, new.folded);
    INSERT INTO monthly (speaker, month, n) SELECT new.speaker, substr(new.day, 1, 7), 1
        WHERE new.day IS NOT NULL
        ON CONFLICT (speaker, month) DO UPDATE SET n = n + 1;
END""",
    """CREATE TRIGGER IF NOT EXISTS statement_removed AFTER DELETE ON statement BEGIN
    INSERT INTO statement_text (statement_text, rowid, folded) VALUES ('delete', old.id, old.folded);
    UPDATE monthly SET n = n - 1 WHERE speaker = old.speaker AND month = substr(old.day, 1, 7);
    DELETE FROM monthly WHERE speaker = old.speaker AND month = substr(old.day, 1, 7) AND n <= 0;
END""",
)
_EMPTY = (
    "DROP TRIGGER IF EXISTS statement_added",
    "DROP TRIGGER IF EXISTS statement_removed",
    "DELETE FROM statement",
    "DELETE FROM monthly",
    "INSERT INTO statement_text (statement_text) VALUES ('delete-all')",
)
_REBUILD = (
    "INSERT INTO statement_text (statement_text) VALUES ('rebuild')",
    "INSERT INTO monthly (speaker, month, n) SELECT speaker, substr(day, 1, 7), count(*) "
    "FROM statement WHERE day IS NOT NULL GROUP BY speaker, substr(day, 1, 7)",
)
_DROP_INDEXES = tuple(
    f"DROP INDEX IF EXISTS {line.split()[5]}"
    for line in (_SCHEMA + stanceindex.SCHEMA).splitlines()
    if line.startswith("CREATE INDEX")
)


def _indexes() -> list[str]:
    """The CREATE INDEX statements of the schema (made again after a fill's rows)."""
    text = _SCHEMA + stanceindex.SCHEMA
    return [p.strip() for p in text.split(";") if p.strip().startswith("CREATE INDEX")]


@contextmanager
def _bulk(db: sqlite3.Connection) -> Iterator[None]:
    """A whole fill: no sync to disk until the end (an interrupted fill leaves no stamp, so it is
    redone), and a cache large enough to build the indexes of a million rows in memory."""
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -262144")
    try:
        yield
    finally:
        db.execute("PRAGMA cache_size = -2000")
        db.execute("PRAGMA synchronous = FULL")


_OLD = """
DROP TRIGGER IF EXISTS statement_added; DROP TRIGGER IF EXISTS statement_removed;
DROP TABLE IF EXISTS statement_text; DROP TABLE IF EXISTS statement; DROP TABLE IF EXISTS monthly;
DELETE FROM meta WHERE key IN ('stamp', 'rows');
"""

_NEXT_GENERATION = (
    "INSERT INTO meta (key, value) VALUES ('generation', '1') "
    "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
)
_COLUMNS = "iri, graph, speaker, day, article, start, folded, " + ", ".join(ROW_COLUMNS)
_MARKS = ", ".join("?" * (7 + len(ROW_COLUMNS)))
_INSERT = f"INSERT OR REPLACE INTO statement ({_COLUMNS}) VALUES ({_MARKS})"
_INSERT_NUMBERED = _INSERT.replace("(iri,", "(id, iri,").replace("(?,", "(?, ?,")
_STAGING = f"CREATE TEMP TABLE staged ({_COLUMNS})"
_ORDERED_COPY = (
    f"INSERT OR REPLACE INTO statement ({_COLUMNS}) "
    f"SELECT {_COLUMNS} FROM staged ORDER BY {_ORDER}, rowid"
)


class TextIndex:
    """The SQLite file (or ``:memory:``) beside a store. Safe to share between threads."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode = WAL" if self.path != ":memory:" else "SELECT 1")
            columns = {r[1] for r in self._db.execute("PRAGMA table_info(statement)")}
            if columns and "utterance" not in columns:  # made before it kept page rows: refill
                self._db.executescript(_OLD)
            self._db.executescript(_SCHEMA + stanceindex.SCHEMA)
            for trigger in _TRIGGERS:
                self._db.execute(trigger)

    # -- writing ---------------------------------------------------------------------------
    def replace(self, graph: str, entries: Iterable[StatementEntry | StanceEntry]) -> None:
        """Make the statements (and stances) of named graph ``graph`` exactly ``entries``, in one
        transaction that also counts one more generation."""
        self.replace_many([(graph, entries)])

    def replace_many(
        self, graphs: Iterable[tuple[str, Iterable[StatementEntry | StanceEntry]]]
    ) -> None:
        """``replace`` for several graphs in one transaction (one sync to disk, not one each)."""
        changes = []
        for graph, entries in graphs:
            entries = list(entries)
            rows = [_row(graph, e) for e in entries if isinstance(e, StatementEntry)]
            stances = [stanceindex.row(graph, e) for e in entries if isinstance(e, StanceEntry)]
            changes.append((graph, rows, stances))
        with self._lock:
            self._db.execute("BEGIN")
            try:
                # Numbered after every row and the time-ordered ones (textsearch).
                top = self._db.execute("SELECT max(id) FROM statement").fetchone()[0]
                after = max(top or 0, self._ordered())
                for graph, rows, stances in changes:
                    self._db.execute("DELETE FROM statement WHERE graph = ?", (graph,))
                    numbered = [(after + i, *r) for i, r in enumerate(rows, 1)]
                    after += len(rows)
                    self._db.executemany(_INSERT_NUMBERED, numbered)
                    self._db.execute("DELETE FROM stance WHERE graph = ?", (graph,))
                    self._db.executemany(stanceindex.INSERT, stances)
                self._db.execute(_NEXT_GENERATION)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def fill(
        self, graphs_and_entries: Iterable[tuple[str, StatementEntry | StanceEntry]], stamp: str
    ) -> None:
        """Replace the whole index by ``(graph, entry)`` pairs and remember ``stamp``."""
        stances: list[tuple[str, str, str, str, str, str, str | None]] = []

        def statements() -> Iterator[tuple[str | int | None, ...]]:
            for g, e in graphs_and_entries:
                if isinstance(e, StatementEntry):
                    yield _row(g, e)
                else:
                    stances.append(stanceindex.row(g, e))

        with self._lock, _bulk(self._db):
            self._db.execute("BEGIN")
            try:
                for statement in (*_EMPTY, "DELETE FROM stance", *_DROP_INDEXES):
                    self._db.execute(statement)
                # Rows first, indexes after (one sort each instead of a random insert per row),
                # numbered in time order (textsearch), the last of one IRI kept.
                self._db.execute(_STAGING)
                self._db.executemany(_INSERT.replace("statement", "staged", 1), statements())
                self._db.execute(_ORDERED_COPY)
                self._db.execute("DROP TABLE staged")
                self._db.executemany(stanceindex.INSERT, stances)
                for statement in (*_indexes(), *_REBUILD, *_TRIGGERS):
                    self._db.execute(statement)
                self._db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('stamp', ?), "
                    "('stances', '1'), ('rows', '1'), ('ordered', (SELECT coalesce(max(id), 0) FROM statement))",
                    (stamp,),
                )
                self._db.execute(_NEXT_GENERATION)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def stamp(self) -> str | None:
        """What :meth:`fill` last remembered (the snapshot the index was made from), or None;
        None too for an index filled before it kept stances or numbered its rows in time order
        (so it is filled again)."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
            kept = self._db.execute(
                "SELECT count(*) FROM meta WHERE key IN ('stances', 'ordered', 'rows')"
            ).fetchone()
        return row[0] if row and kept[0] == 3 else None

    def generation(self) -> int:
        """How many writes the index has taken (every ``replace`` and ``fill`` counts one)."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def stance_edges(
        self, lo: str | None = None, hi: str | None = None, *, undated: bool = True
    ) -> list[tuple[str, str, str, int, str | None, str | None, int, str, str]]:
        """The stance network's rows (``graph.store.stanceindex.edges``)."""
        with self._lock:
            return stanceindex.edges(self._db, lo, hi, undated)

    def actor_stances(self, actor: str) -> list[tuple[str, str, str, int, str | None, str | None]]:
        """One actor's stances counted per other party (``graph.store.stanceindex.actor_stances``)."""
        with self._lock:
            return stanceindex.actor_stances(self._db, actor)

    def note(self, key: str, value: str | None = None) -> str | None:
        """Read, or with ``value`` remember, one small fact about the store beside the index."""
        with self._lock:
            if value is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value)
                )
                self._db.commit()
                return value
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def drop(self, graph: str) -> None:
        self.replace(graph, ())

    # -- reading ---------------------------------------------------------------------------
    def search(
        self,
        text: str,
        *,
        lo: str | None = None,
        hi: str | None = None,
        speakers: Sequence[str] = (),
        limit: int | None = None,
    ) -> list[str]:
        """IRIs of statements containing ``text`` (case and accents ignored), dated ones first.

        ``lo``/``hi`` bound the day (an undated statement lies in no bounded period),
        ``speakers`` narrows to those speaker IRIs; ordered by day, article and offset.
        """
        needle = fold_text(text)
        if not needle:
            return []
        with self._lock:
            return textsearch.search(self._db, needle, self._ordered(), lo, hi, speakers, limit)

    def _ordered(self) -> int:
        """The last statement number the last fill gave, in time order (0: none)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'ordered'").fetchone()
        return int(row[0]) if row else 0

    def holding_any(self, speaker: str, needles: Sequence[str]) -> list[str]:
        """IRIs of ``speaker``'s statements whose folded text holds one of ``needles`` at least.

        The speaker's rows only (found by the speaker index), each checked in SQLite: what an
        ingest asks to find the earlier reports of a statement's words (``graph.dataset``).
        """
        folded = [n for n in dict.fromkeys(fold_text(n) for n in needles) if n]
        if not folded:
            return []
        test = " OR ".join(["instr(folded, ?) > 0"] * len(folded))
        sql = f"SELECT iri FROM statement WHERE speaker = ? AND ({test}) ORDER BY iri"
        with self._lock:
            return [r[0] for r in self._db.execute(sql, [speaker, *folded])]

    def page(
        self,
        *,
        after: tuple[str | None, str, int, str] | None = None,
        limit: int = 50,
        speakers: Sequence[str] = (),
        lo: str | None = None,
        hi: str | None = None,
    ) -> list[str]:
        """IRIs of the ``limit`` statements after the key ``(day, article, start, iri)``, in
        that order (undated last); keyset pagination, so any page costs the same. ``lo``/``hi``
        bound the day as in :meth:`search`."""
        where: list[str] = []
        params: list[object] = []
        if after is not None:
            day, article, start, iri = after
            when = day if day is not None else "~"
            # The leading term lets SQLite seek in the index (it scans for a row value alone).
            where.append("coalesce(day, '~') >= ?")
            where.append("(coalesce(day, '~'), article, start, iri) > (?, ?, ?, ?)")
            params += [when, when, article, start, iri]
        _bounds(where, params, lo, hi, speakers)
        sql = "SELECT iri FROM statement"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {_ORDER} LIMIT ?"
        params.append(int(limit))
        with self._lock:
            return [r[0] for r in self._db.execute(sql, params)]

    def count(
        self, *, speakers: Sequence[str] = (), lo: str | None = None, hi: str | None = None
    ) -> int:
        """How many statements :meth:`page` would list, over all its pages."""
        where: list[str] = []
        params: list[object] = []
        _bounds(where, params, lo, hi, speakers)
        sql = "SELECT count(*) FROM statement" + (" WHERE " + " AND ".join(where) if where else "")
        with self._lock:
            return int(self._db.execute(sql, params).fetchone()[0])

    def rows(self, iris: Sequence[str]) -> dict[str, tuple[str | int | None, ...]]:
        """``iri -> (speaker, day, article, start, *ROW_COLUMNS)`` for the statements ``iris``
        whose entry holds its page row (the values as stored: IRIs and lexical forms)."""
        sql = (
            f"SELECT iri, speaker, day, article, start, {', '.join(ROW_COLUMNS)} FROM statement "
            "WHERE iri IN ({}) AND content IS NOT NULL AND kind IS NOT NULL AND stop IS NOT NULL"
        )
        return {r[0]: r[1:] for r in self._chunked(sql, iris)}

    def reports(self, iris: Sequence[str]) -> list[tuple[str, str, str]]:
        """``(statement, utterance, article)`` for every statement reporting an utterance that
        one of ``iris`` reports (``utterance_reports.rq``)."""
        sql = (
            "SELECT iri, utterance, article FROM statement WHERE utterance IN "
            "(SELECT utterance FROM statement WHERE iri IN ({}) AND utterance IS NOT NULL)"
        )
        return list(dict.fromkeys(self._chunked(sql, iris)))

    def _chunked(self, sql: str, values: Sequence[str]) -> list[tuple]:
        """The rows of ``sql`` over ``values`` bound 500 at a time (its ``{}`` takes the marks)."""
        out: list[tuple] = []
        with self._lock:
            for i in range(0, len(values), 500):
                chunk = list(values[i : i + 500])
                out += self._db.execute(sql.format(", ".join("?" * len(chunk))), chunk)
        return out

    def keys(self, iris: Sequence[str]) -> dict[str, tuple[str | None, str, int]]:
        """``iri -> (day, article, start)``, the page order, for the statements ``iris``."""
        sql = "SELECT iri, day, article, start FROM statement WHERE iri IN ({})"
        return {r[0]: (r[1], r[2], r[3]) for r in self._chunked(sql, iris)}

    def day_range(self, speakers: Sequence[str] = ()) -> tuple[str | None, str | None]:
        """The first and last day any statement (of ``speakers``) is dated; None, None if none."""
        where: list[str] = []
        params: list[object] = []
        _bounds(where, params, None, None, speakers)
        sql = "SELECT min(day), max(day) FROM statement" + "".join(f" WHERE {w}" for w in where)
        with self._lock:
            lo, hi = self._db.execute(sql, params).fetchone()
        return lo, hi

    def monthly_counts(self, speakers: Sequence[str] = ()) -> list[tuple[str, str, int]]:
        """``(speaker IRI, YYYY-MM, statements)`` for every dated statement, sorted."""
        sql = "SELECT speaker, month, n FROM monthly"
        params: list[str] = []
        if speakers:
            sql += f" WHERE speaker IN ({', '.join('?' * len(speakers))})"
            params = list(speakers)
        with self._lock:
            return [tuple(r) for r in self._db.execute(sql + " ORDER BY speaker, month", params)]

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM statement").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _row(graph: str, e: StatementEntry) -> tuple[str | int | None, ...]:
    return (e.iri, graph, e.speaker, e.day, e.article, e.start, fold_text(e.text), *e.row())


def fold_text(text: str) -> str:
    """``graph.text.fold`` without its cache, quick for plain ASCII (most quotes).

    >>> fold_text("Élections  TRUQUÉES"), fold_text("plain  Words")
    ('elections truquees', 'plain words')
    """
    if text.isascii():
        return " ".join(text.casefold().split())
    return fold.__wrapped__(text)
