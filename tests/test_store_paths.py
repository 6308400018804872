"""The questions the store answers directly (a period in SPARQL, keyset pages, the text index,
monthly counts) give, on every backend, what filtering every statement in Python gives."""

from __future__ import annotations

import collections

from graph.queries import Queries
from graph.store import Store


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
