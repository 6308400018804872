"""The stances beside a store, in the text index's SQLite file: what the stance network is made of.

One row per stance: its named graph, source, target, polarity, day and the *key* it counts under
(the utterance its basis statement reports, else the stance itself), so a stance drawn from
several reports of one utterance counts once. ``edges`` answers the network's one question, an
aggregate per source, target and polarity (distinct utterances, first and last day, undated
ones, two evidence stances), in SQL over an index: well under a second at 1M statements, where
the same aggregate in SPARQL reads every stance (tens of seconds). The text index keeps these
rows with its statements, so build, ingest and a load from the snapshot keep both in step, and
a ``generation`` counter goes up at every write (what the network's cache is keyed by).

>>> import sqlite3
>>> db = sqlite3.connect(":memory:")
>>> _ = db.executescript(SCHEMA)
>>> e = StanceEntry("s1", "ana", "ben", "oppose", "u1", "2024-07-29")
>>> _ = db.executemany(INSERT, [row("g1", e), row("g2", StanceEntry("s2", "ana", "ben",
...     "oppose", "u1", "2024-07-30"))])
>>> edges(db, None, None, True)
[('ana', 'ben', 'oppose', 1, '2024-07-29', '2024-07-29', 0, 's1', 's1')]
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "INSERT",
    "PREDICATES",
    "SCHEMA",
    "StanceEntry",
    "actor_stances",
    "edges",
    "row",
    "stance_entries",
]

_SG = "https://w3id.org/stancegraph/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

SCHEMA = """
CREATE TABLE IF NOT EXISTS stance (
    iri TEXT PRIMARY KEY,
    graph TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    polarity TEXT NOT NULL,
    key TEXT NOT NULL,
    day TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS stance_graph ON stance (graph);
CREATE INDEX IF NOT EXISTS stance_pair ON stance (source, target, polarity, key, day);
CREATE INDEX IF NOT EXISTS stance_taken_on ON stance (target, source, polarity, day);
"""
INSERT = (
    "INSERT OR REPLACE INTO stance (iri, graph, source, target, polarity, key, day) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)

PREDICATES = frozenset(
    f"{_SG}{p}" for p in ("source", "stanceTarget", "polarity", "basis", "utterance", "date")
)
"""The predicates a stance row is made of (with rdf:type)."""

# Each utterance counts once, dated by its earliest report (as graph.queries.reports does);
# then the window, then one row per source, target and polarity.
_EDGES = """
SELECT source, target, polarity, count(*), min(day), max(day), sum(day IS NULL), min(one),
       max(one)
FROM (SELECT source, target, polarity, min(day) AS day, min(iri) AS one
      FROM stance GROUP BY source, target, polarity, key)
WHERE (day IS NULL AND :undated) OR (day IS NOT NULL AND day >= :lo AND day <= :hi)
GROUP BY source, target, polarity
ORDER BY source, target, polarity
"""

# One actor's stances (as actor_stances.rq counts them): those it takes, per target and polarity,
# then those taken on it, per source and polarity; every stance counts, with its first and last day.
_ACTOR = """
SELECT 'source', target, polarity, count(*), min(day), max(day)
FROM stance WHERE source = :actor GROUP BY target, polarity
UNION ALL
SELECT 'target', source, polarity, count(*), min(day), max(day)
FROM stance WHERE target = :actor GROUP BY source, polarity
"""


@dataclass(frozen=True, slots=True)
class StanceEntry:
    """One stance as the index keeps it (IRIs as text, ``day`` ISO or None)."""

    iri: str
    source: str
    target: str
    polarity: str
    key: str
    day: str | None


def row(graph: str, e: StanceEntry) -> tuple[str, str, str, str, str, str, str | None]:
    return (e.iri, graph, e.source, e.target, e.polarity, e.key, e.day)


def stance_entries(by_subject: Mapping[str, Mapping[str, object]]) -> list[StanceEntry]:
    """The stances among one graph's subjects (subject -> predicate -> object, as text)."""
    out = []
    for iri, props in by_subject.items():
        if str(props.get(_RDF_TYPE)) != f"{_SG}Stance" or f"{_SG}source" not in props:
            continue
        basis = props.get(f"{_SG}basis")
        said = by_subject.get(str(basis), {}).get(f"{_SG}utterance") if basis else None
        date = props.get(f"{_SG}date")
        out.append(
            StanceEntry(
                iri=iri,
                source=str(props[f"{_SG}source"]),
                target=str(props.get(f"{_SG}stanceTarget")),
                polarity=str(props.get(f"{_SG}polarity")),
                key=str(said) if said is not None else iri,
                day=str(date)[:10] if date is not None else None,
            )
        )
    return out


def edges(
    db: sqlite3.Connection, lo: str | None, hi: str | None, undated: bool
) -> list[tuple[str, str, str, int, str | None, str | None, int, str, str]]:
    """``(source, target, polarity, utterances, first day, last day, undated, evidence IRI,
    evidence IRI)`` per stance pair: stances dated from ``lo`` to ``hi`` (None: open), and the
    undated ones if ``undated``."""
    params = {"lo": lo or "0000", "hi": hi or "9999-99", "undated": int(undated)}
    return [tuple(r) for r in db.execute(_EDGES, params)]  # type: ignore[misc]


def actor_stances(
    db: sqlite3.Connection, actor: str
) -> list[tuple[str, str, str, int, str | None, str | None]]:
    """``(role, other, polarity, stances, first day, last day)`` for the stances ``actor`` (an
    IRI) takes (role "source", other the target) and those taken on it (role "target", other the
    source); the days are None where no stance of the row is dated.

    >>> db = sqlite3.connect(":memory:")
    >>> _ = db.executescript(SCHEMA)
    >>> _ = db.executemany(INSERT, [row("g", StanceEntry("s1", "ana", "ben", "oppose", "s1",
    ...     "2024-07-29")), row("g", StanceEntry("s2", "ben", "ana", "support", "s2", None))])
    >>> sorted(actor_stances(db, "ana"))
    [('source', 'ben', 'oppose', 1, '2024-07-29', '2024-07-29'), ('target', 'ben', 'support', 1, None, None)]
    """
    return [tuple(r) for r in db.execute(_ACTOR, {"actor": actor})]  # type: ignore[misc]
