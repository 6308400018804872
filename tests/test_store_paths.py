"""The questions the store answers directly (a period in SPARQL, keyset pages, the text index,
monthly counts) give, on every backend, what filtering every statement in Python gives."""

from __future__ import annotations

import collections
import shutil
from pathlib import Path

import pytest

from graph import dataset
from graph.queries import Queries
from graph.store import Store, open_store
from tests.conftest import copy_data


def test_a_period_gives_the_statements_dated_in_it(store: Store, memory_store: Store) -> None:
    everything = Queries(memory_store).who_said()
    days = sorted({s.said_on for s in everything if s.said_on})
    lo, hi = days[0], days[len(days) // 2]
    expected = [s for s in everything if s.said_on and lo <= s.said_on <= hi]
    got = Queries(store).who_said(between=(lo, hi))
    assert got == expected and 0 < len(got) < len(everything)
    speaker = everything[0].speaker_id
    assert Queries(store).who_said(actor=speaker, between=(lo, None)) == [
        s for s in everything if s.speaker_id == speaker and s.said_on and s.said_on >= lo
    ]


def test_pages_walk_every_statement_once_in_time_order(store: Store) -> None:
    q = Queries(store)
    seen = []
    page = q.statements_page(limit=3)
    while True:
        seen.extend(page.rows)
        if not page.more:
            break
        page = q.statements_page(after=page.rows[-1], limit=3)
    everything = q.who_said()
    assert len(seen) == len(everything) == len(set(seen))
    assert set(seen) == set(everything)
    dated = [s.said_on for s in seen if s.said_on]
    assert dated == sorted(dated) and seen[: len(dated)] == [s for s in seen if s.said_on]


def test_search_finds_what_a_scan_finds(store: Store, memory_store: Store) -> None:
    reference = Queries(memory_store)
    words = collections.Counter(
        w.lower() for s in reference.who_said() for w in s.text.split() if len(w) > 5
    )
    for word, _ in words.most_common(3):
        expected = reference.search(word.upper())
        assert expected
        assert Queries(store).search(word.upper()) == expected
        assert Queries(store).search(word, limit=1) == expected[:1]
    assert Queries(store).search("zzqxj no such words") == []


def test_search_finds_in_time_order_rows_written_after_a_fill() -> None:
    from graph.store.textindex import StatementEntry, TextIndex

    def entry(i: int, day: str | None, graph: str = "g") -> tuple[str, StatementEntry]:
        return graph, StatementEntry(f"s{i}", "ana", day, f"a{i % 2}", 10 - i, f"Ça marche ({i})")

    days = ["2024-03-02", None, "2024-01-05", "2024-01-05", "2023-12-31"]
    filled, fresh = TextIndex(":memory:"), TextIndex(":memory:")
    filled.fill((entry(i, d) for i, d in enumerate(days)), "stamp")
    # An ingest after the fill: rows numbered after the time-ordered ones, the last one's too.
    added = [entry(5, "2024-01-01", "h")[1], entry(6, None, "h")[1], entry(4, "2024-02-01", "h")[1]]
    filled.replace("g2", added)
    filled.replace("h", added)
    fresh.fill([*(entry(i, d) for i, d in enumerate(days[:4])), *(("h", e) for e in added)], "x")
    questions = [
        {"limit": n, "lo": lo, "hi": hi}
        for n in (1, 3, None)
        for lo in (None, "2024")
        for hi in (None, "2024-01-05")
    ]
    for text in ("MARCHE", "ma"):
        got = [filled.search(text, **k) for k in questions]  # type: ignore[arg-type]
        assert got == [fresh.search(text, **k) for k in questions]  # type: ignore[arg-type]
    assert filled.search("marche") == ["s5", "s2", "s3", "s4", "s0", "s6", "s1"]  # a0 before a1
    assert filled.search("marche", lo="2024", limit=3) == ["s5", "s2", "s3"]


def test_monthly_counts_count_dated_statements(store: Store) -> None:
    q = Queries(store)
    expected = collections.Counter(
        (s.speaker_id, s.said_on.isoformat()[:7]) for s in q.who_said() if s.said_on
    )
    got = {(c.speaker_id, c.month): c.statements for c in q.monthly_counts()}
    assert got == dict(expected)
    speaker = next(iter(expected))[0]
    mine = q.monthly_counts(actor=speaker)
    assert mine and all(c.speaker_id in q._speakers(speaker) for c in mine)
    assert all(isinstance(c.month, str) and len(c.month) == 7 for c in mine)


def test_an_actors_pages_hold_its_statements(store: Store) -> None:
    q = Queries(store)
    counts = collections.Counter(s.speaker_id for s in q.who_said())
    speaker, n = counts.most_common(1)[0]
    first = q.statements_page(limit=n - 1, actor=speaker)
    assert first.more and len(first.rows) == n - 1
    rest = q.statements_page(after=first.rows[-1], limit=n, actor=speaker)
    assert not rest.more
    assert sorted(map(repr, (*first.rows, *rest.rows))) == sorted(
        map(repr, q.who_said(actor=speaker))
    )


def _rows_both_ways(store: Store) -> tuple[list, list, set, set]:
    """Every statement's row and reports as the text index holds them and as the store does."""
    from rdflib import URIRef

    from graph.queries import reading

    index = store.text_index
    assert index is not None
    iris = index.page(limit=10**6)
    q = Queries(store)

    def rows(found: dict) -> list:
        return [reading.statement(found[i], q._name) for i in iris if i in found]

    indexed = rows(reading.indexed_rows(index.rows(iris)))
    stored = rows(reading.statements_by_iri(q._query, [URIRef(i) for i in iris]))
    reported = {tuple(str(v) for v in r.values()) for r in q._reports.of(iris)}
    by_query = store.query("utterance_reports", {"of": [URIRef(i) for i in iris]})
    keys = ("statement", "utterance", "article")
    return indexed, stored, reported, {tuple(str(r[k]) for k in keys) for r in by_query}


def test_the_index_holds_each_statements_row_and_reports_as_the_store_does(
    seed_build: dataset.BuildReport, tmp_path: Path
) -> None:
    # Filled from the snapshot's quads (the mirror's load), then from the graph (reindex), then
    # from one article graph written again (an ingest): the same rows as the store's each time.
    data = copy_data(tmp_path / "data")
    shutil.copytree(seed_build.path.parent, data / "build")
    store = open_store("oxigraph", data_dir=data)
    try:
        for step in ("load", "reindex", "replace"):
            if step == "reindex":
                store.reindex("again")  # type: ignore[attr-defined]
            if step == "replace":
                graph = store.graphs()[-1]
                store.replace_graph(graph, list(store.dataset().graph(graph)))
            indexed, stored, reported, by_query = _rows_both_ways(store)
            assert len(indexed) == len(stored) > 5 and indexed == stored, step
            assert reported == by_query and len(by_query) > 1, step
    finally:
        store.close()


def test_a_page_and_a_search_ask_the_store_for_no_statement(
    oxigraph_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    query = oxigraph_store.query
    monkeypatch.setattr(oxigraph_store, "query", lambda rq, *a: asked.append(rq) or query(rq, *a))
    q = Queries(oxigraph_store)
    page = q.statements_page(limit=5)
    assert len(page.rows) == 5 and page.more and q.search(page.rows[3].text[:12])
    assert not {"properties", "utterance_reports", "statements"} & set(asked)


def test_entries_without_rows_are_read_from_the_store_and_old_indexes_are_refilled(
    tmp_path: Path,
) -> None:
    import sqlite3

    from graph.store.textindex import StatementEntry, TextIndex

    ix = TextIndex(":memory:")
    bare = StatementEntry("s1", "ana", "2024-01-02", "a1", 3, "Hola")  # no page row kept
    full = StatementEntry("s2", "ana", None, "a1", 9, "Adiós", 14, "Adiós", "direct", "dijo")
    ix.fill([("g", bare), ("g", full)], "stamp")
    assert ix.stamp() == "stamp" and set(ix.rows(["s1", "s2"])) == {"s2"}
    assert ix.rows(["s2"])["s2"][:7] == ("ana", None, "a1", 9, 14, "Adiós", "direct")
    # An index file from before the rows: its tables are made again, and it asks to be refilled.
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO meta VALUES ('stamp', 'x'), ('stances', '1'), ('ordered', '0');"
        "CREATE TABLE statement (id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE, graph TEXT, "
        "speaker TEXT, day TEXT, article TEXT, start INTEGER, folded TEXT);"
    )
    db.close()
    reopened = TextIndex(path)
    assert reopened.stamp() is None
    reopened.fill([("g", full)], "new")
    assert reopened.stamp() == "new" and reopened.search("adios") == ["s2"]
    reopened.close()


def test_many_rows_reports_come_from_the_index_not_a_scan(
    oxigraph_store: Store, memory_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    query = oxigraph_store.query
    monkeypatch.setattr(oxigraph_store, "query", lambda rq, *a: asked.append(rq) or query(rq, *a))
    q = Queries(oxigraph_store)
    monkeypatch.setattr(q._reports, "FEW", 0)  # every answer counts as many rows
    assert q.who_said() == Queries(memory_store).who_said()
    assert q.who_said(every_report=True) == Queries(memory_store).who_said(every_report=True)
    assert "outlets" in asked and "reports" not in asked
