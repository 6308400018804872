"""The analysed stance network, kept in the data folder so that no page view or command
measures it again while the graph has not changed.

``current(queries, data_dir, spec)`` answers from ``DATA/build/network-<store>.sqlite`` when the
key written there still matches the store, else builds the network from the store's aggregate
(``Queries.stance_edges``: one row per source, target and polarity, never a row per stance),
measures it (``analyze``: PageRank, betweenness, coalitions, balance) and writes it first. The
key is the store's own write counter where it keeps one (the Oxigraph stores' index: every build,
load and ingest counts a generation) or else the snapshot and the folder of ingested graphs as
they are on disk, with the store spec, the camp seed and this module's version.

A cached network is read in parts: its summary, the best-ranked nodes (``top``), one node's
neighbourhood (``ego``) or everything (``report``); SQLite indexes make the parts cost what they
hold, not what the network holds.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from graph.network.build import edge_graph
from graph.network.report import EdgeReport, NetworkReport, NodeReport, analyze

if TYPE_CHECKING:
    from graph.queries import Queries
    from graph.store import Store

__all__ = [
    "CachedNetwork",
    "as_of",
    "cache_path",
    "current",
    "in_memory",
    "load",
    "network_key",
    "save",
]

VERSION = "2"
"""Bumped when what is cached changes meaning, so older files are measured again."""

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE node (
    id TEXT PRIMARY KEY, name TEXT, type TEXT, kind TEXT, coalition INTEGER,
    support_in INTEGER, support_out INTEGER, oppose_in INTEGER, oppose_out INTEGER,
    pagerank_support REAL, pagerank_oppose REAL, betweenness REAL, score REAL, position INTEGER
);
CREATE TABLE edge (
    source TEXT, target TEXT, sign INTEGER, net INTEGER, weight INTEGER, support INTEGER,
    oppose INTEGER, first INTEGER, last INTEGER, undated INTEGER, evidence_ids TEXT,
    PRIMARY KEY (source, target)
) WITHOUT ROWID;
"""
# Made after the rows are in (one sort, not a tree kept in order row by row).
_INDEXES = """
CREATE INDEX node_score ON node (score DESC, id);
CREATE INDEX edge_target ON edge (target, source);
"""
_NODE_COLUMNS = (
    "id, name, type, kind, coalition, support_in, support_out, oppose_in, oppose_out, "
    "pagerank_support, pagerank_oppose, betweenness"
)
_EDGE_COLUMNS = (
    "source, target, sign, net, weight, support, oppose, first, last, undated, evidence_ids"
)


def cache_path(data_dir: str | Path, spec: str) -> Path:
    """Where the network of store ``spec`` over ``data_dir`` is kept."""
    digest = hashlib.sha1(spec.encode("utf-8")).hexdigest()[:12]
    return Path(data_dir) / "build" / f"network-{digest}.sqlite"


def network_key(store: Store, data_dir: str | Path, spec: str, seed: int = 0) -> str:
    """What the cached network must have been made from to be current."""
    index = getattr(store, "text_index", None)
    if index is not None and index.note("stances") is not None:
        state = f"index {index.stamp()} {index.generation()}"
    else:
        data = Path(data_dir)
        state = f"files {_stat(data / 'build' / 'kg.trig')} {_stat(data / 'ingested')}"
    return f"v{VERSION} {spec} seed {seed} {state}"


def _stat(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}"


def current(queries: Queries, data_dir: str | Path, spec: str, *, seed: int = 0) -> CachedNetwork:
    """The cached network of ``queries``' store, measured and written first if out of date."""
    key = network_key(queries.store, data_dir, spec, seed)
    path = cache_path(data_dir, spec)
    found = load(path, key)
    if found is not None:
        return found
    report = analyze(edge_graph(queries.stance_edges(), queries.actors()), seed=seed)
    save(path, key, report)
    found = load(path, key)
    if found is None:  # another writer replaced it with a newer key meanwhile
        return in_memory(report, key)
    return found


def as_of(queries: Queries, day: date, undated: bool = True, *, seed: int = 0) -> CachedNetwork:
    """The network of the stances dated up to ``day`` (and of the undated ones if ``undated``),
    from the store's aggregate of that window (its stance index where it has one), measured
    quickly (``analyze(..., quick=True)``: sampled betweenness, one refining pass of the camps)
    and kept in memory: what the app's replay slider shows (the caller keeps the days asked)."""
    edges = queries.stance_edges((None, day), undated=undated)
    return in_memory(analyze(edge_graph(edges, queries.actors()), seed=seed, quick=True))


def save(path: Path, key: str, report: NetworkReport) -> None:
    """Write ``report`` under ``key`` to ``path``, atomically (a reader sees old or new)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".network-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        try:
            _write(db, key, report)
        finally:
            db.close()
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write(db: sqlite3.Connection, key: str, report: NetworkReport) -> None:
    # a new file, renamed into place when complete: no journal needed to survive a crash
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.executescript(_SCHEMA)
    meta = {
        "key": key,
        "frustration": str(report.frustration),
        "balance": None if report.balance is None else repr(report.balance),
        "coalitions": str(len(report.coalitions)),
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.executemany(
        f"INSERT INTO node ({_NODE_COLUMNS}, score, position) VALUES ({', '.join('?' * 14)})",
        (
            (
                *(getattr(n, f) for f in NodeReport.__slots__),
                n.pagerank_support + n.pagerank_oppose,
                i,
            )
            for i, n in enumerate(report.nodes)
        ),
    )
    db.executemany(
        f"INSERT INTO edge ({_EDGE_COLUMNS}) VALUES ({', '.join('?' * 11)})",
        (
            (
                e.source, e.target, e.sign, e.net, e.weight, e.support, e.oppose,
                _iso(e.first), _iso(e.last), e.undated, " ".join(e.evidence_ids),
            )
            for e in report.edges
        ),
    )  # fmt: skip
    db.executescript(_INDEXES)
    db.commit()


def load(path: Path, key: str) -> CachedNetwork | None:
    """The network cached at ``path`` if it was made under ``key``, else None."""
    if not path.exists():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return None
    if meta.get("key") != key:
        db.close()
        return None
    return CachedNetwork(db, meta)


def in_memory(report: NetworkReport, key: str = "") -> CachedNetwork:
    """``report`` readable as a cached network (a window of time, measured on demand)."""
    db = sqlite3.connect(":memory:", check_same_thread=False)
    _write(db, key, report)
    return CachedNetwork(db, dict(db.execute("SELECT key, value FROM meta").fetchall()))


@dataclass
class CachedNetwork:
    """A measured network as kept on disk; every part is read when asked for. Safe to share
    between threads (the app's sessions): one question at a time."""

    db: sqlite3.Connection
    meta: dict[str, str | None]
    lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @property
    def frustration(self) -> int:
        return int(self.meta["frustration"] or 0)

    @property
    def balance(self) -> float | None:
        value = self.meta.get("balance")
        return None if value is None else float(value)

    def counts(self) -> tuple[int, int, int]:
        """``(nodes, netted edges, camps)`` of the whole network."""
        with self.lock:
            nodes = self.db.execute("SELECT count(*) FROM node").fetchone()[0]
            edges = self.db.execute("SELECT count(*) FROM edge").fetchone()[0]
            return int(nodes), int(edges), int(self.meta["coalitions"] or 0)

    def days(self) -> tuple[date | None, date | None]:
        """The first and last day any stance of the network is dated (None, None if none is)."""
        with self.lock:
            lo, hi = self.db.execute("SELECT min(first), max(last) FROM edge").fetchone()
            return _day(lo), _day(hi)

    def report(self) -> NetworkReport:
        """The whole network, as ``analyze`` measured it."""
        with self.lock:
            nodes = self._nodes("SELECT {} FROM node ORDER BY position", ())
            edges = self._edges("SELECT {} FROM edge ORDER BY source, target", ())
            groups: dict[int, list[str]] = defaultdict(list)
            for n in nodes:
                if n.kind == "actor" and n.coalition is not None:
                    groups[n.coalition].append(n.id)
            coalitions = tuple(tuple(groups[i]) for i in range(len(groups)))
            return NetworkReport(nodes, edges, coalitions, self.frustration, self.balance)

    def top(self, n: int) -> NetworkReport:
        """The ``n`` nodes of highest PageRank (support and opposition) and the edges among
        them; metrics, camps, frustration and balance are those of the whole network."""
        with self.lock:
            ids = [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM node ORDER BY score DESC, id LIMIT ?", (n,)
                )
            ]
            return self._part(ids)

    def ego(self, node: str, hops: int = 1, most: int = 60) -> NetworkReport | None:
        """``node`` and the nodes up to ``hops`` steps away (edges followed either way), at most
        ``most`` of them, the most connected first; None when the node is not in the network."""
        with self.lock:
            if self.db.execute("SELECT 1 FROM node WHERE id = ?", (node,)).fetchone() is None:
                return None
            chosen, frontier = [node], [node]
            for _ in range(max(hops, 0)):
                found: dict[str, int] = {}
                for u in frontier:
                    for other, weight in self.db.execute(
                        "SELECT target, weight FROM edge WHERE source = ?1 UNION ALL "
                        "SELECT source, weight FROM edge WHERE target = ?1",
                        (u,),
                    ):
                        if other not in chosen:
                            found[other] = found.get(other, 0) + weight
                room = most - len(chosen)
                frontier = sorted(found, key=lambda m: (-found[m], m))[: max(room, 0)]
                chosen += frontier
                if not frontier:
                    break
            return self._part(chosen)

    def _part(self, ids: list[str]) -> NetworkReport:
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (id TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM temp.chosen")
        self.db.executemany("INSERT OR IGNORE INTO temp.chosen VALUES (?)", ((i,) for i in ids))
        nodes = self._nodes(
            "SELECT {} FROM node WHERE id IN (SELECT id FROM temp.chosen) ORDER BY position", ()
        )
        edges = self._edges(
            "SELECT {} FROM edge WHERE source IN (SELECT id FROM temp.chosen) "
            "AND target IN (SELECT id FROM temp.chosen) ORDER BY source, target",
            (),
        )
        camps = int(self.meta["coalitions"] or 0)
        groups: list[list[str]] = [[] for _ in range(camps)]
        for n in nodes:
            if n.kind == "actor" and n.coalition is not None and n.coalition < camps:
                groups[n.coalition].append(n.id)
        return NetworkReport(
            nodes, edges, tuple(tuple(g) for g in groups), self.frustration, self.balance
        )

    def _nodes(self, sql: str, params: tuple) -> tuple[NodeReport, ...]:
        return tuple(NodeReport(*r) for r in self.db.execute(sql.format(_NODE_COLUMNS), params))

    def _edges(self, sql: str, params: tuple) -> tuple[EdgeReport, ...]:
        return tuple(
            EdgeReport(*r[:7], _day(r[7]), _day(r[8]), r[9], tuple(r[10].split()))
            for r in self.db.execute(sql.format(_EDGE_COLUMNS), params)
        )

    def close(self) -> None:
        self.db.close()


def _iso(day: date | None) -> int | None:
    """A day as the cache keeps it: its proleptic ordinal (read back without parsing text)."""
    return None if day is None else day.toordinal()


def _day(ordinal: int | None) -> date | None:
    return None if ordinal is None else date.fromordinal(int(ordinal))
