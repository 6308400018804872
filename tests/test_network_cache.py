"""The stance network at size: built from the store's aggregate rows, measured once per change
of the store, kept in the data folder and read back in parts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph import dataset
from graph.model import Actor, Claim
from graph.network import analyze, cache, collapse, edge_graph, report, stance_graph
from graph.queries import Queries
from graph.store import open_store
from tests.known_graph import Said, dataset_of, store_of

ACTORS = (
    Actor("ana", "Ana", "Person"),
    Actor("ben", "Ben", "Person"),
    Actor("cy", "Cy", "Person"),
    Actor("dee", "Dee", "Person"),
)
STANCES = (
    Said("ana", "ben", 1, "2024-07-30"),
    Said("ana", "ben", 1, "2024-07-01"),
    Said("ana", "ben", -1, None),
    Said("cy", "ana", -1, "2024-07-29"),
    Said("cy", "dee", 1, "2024-06-02"),
    Said("dee", "ben", -1, "2024-08-02"),
    Said("ben", "won", 1, "2024-08-01", "claim"),
    Said("cy", "won", -1, "2024-07-31", "claim"),
)
CLAIMS = (Claim("won", "Ana won"),)
PAIR_FIELDS = ("weight", "support", "oppose", "net", "sign", "first", "last")


def _pairs(D):  # type: ignore[no-untyped-def]
    return {(u, v): tuple(d[f] for f in PAIR_FIELDS) for u, v, d in D.edges(data=True)}


@pytest.fixture(scope="module")
def facade() -> Queries:
    return Queries(store_of(STANCES, ACTORS, CLAIMS))


def test_the_aggregate_gives_the_graph_every_stance_gives(facade: Queries):
    by_row = collapse(stance_graph(facade.stances(), facade.actors()))
    by_edge = edge_graph(facade.stance_edges(), facade.actors())
    assert _pairs(by_edge) == _pairs(by_row)
    assert by_edge.edges["ana", "ben"]["undated"] == 1
    assert analyze(by_edge) == analyze(by_edge)  # deterministic
    assert analyze(by_edge).coalitions == analyze(stance_graph(facade.stances())).coalitions


def test_a_window_of_the_aggregate_is_the_window_of_the_stances(facade: Queries):
    from datetime import date

    window = (date(2024, 7, 1), date(2024, 7, 30))
    edges = facade.stance_edges(window, undated=False)
    rows = facade.stances(between=window)
    assert sum(e.stances for e in edges) == len(rows) == 3
    assert {(e.source_id, e.target_id) for e in edges} == {(r.source_id, r.target_id) for r in rows}
    with_undated = facade.stance_edges(window, undated=True)
    assert sum(e.stances for e in with_undated) == 4


def test_the_oxigraph_index_answers_as_the_sparql_aggregate(tmp_path: Path):
    memory = Queries(store_of(STANCES, ACTORS, CLAIMS))
    ox = open_store("oxigraph-memory", data_dir=tmp_path, create=True)
    try:
        ds = dataset_of(STANCES, ACTORS, CLAIMS)
        dataset.sync_store(ox, ds)
        assert ox.text_index is not None and ox.text_index.note("stances") is None
        ox.text_index.fill((), "")  # an index that keeps stances, then the graphs again
        dataset.sync_store(ox, ds)
        assert Queries(ox).stance_edges() == memory.stance_edges()
    finally:
        ox.close()


@pytest.fixture
def data(tmp_path: Path, seed_build: dataset.BuildReport) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(seed_build.path.parent.parent, folder)
    return folder


def test_the_network_is_measured_once_per_change_of_the_store(data: Path, monkeypatch):
    store = open_store("oxigraph-memory", data_dir=data)
    try:
        q = Queries(store)
        first = cache.current(q, data, "oxigraph-memory")
        whole = first.report()
        assert whole == analyze(edge_graph(q.stance_edges(), q.actors()))
        assert cache.cache_path(data, "oxigraph-memory").exists()

        def measured_again(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise AssertionError("the cached network was measured again")

        monkeypatch.setattr(cache, "analyze", measured_again)
        assert cache.current(q, data, "oxigraph-memory").report() == whole
        # any write to the store is a new generation: the cache is out of date
        graph_iri = store.graphs()[-1]
        store.replace_graph(graph_iri, store.dataset().graph(graph_iri))
        with pytest.raises(AssertionError, match="measured again"):
            cache.current(q, data, "oxigraph-memory")
    finally:
        store.close()


def test_a_rebuilt_snapshot_outdates_the_memory_stores_cache(data: Path):
    store = open_store("memory", data_dir=data)
    try:
        key = cache.network_key(store, data, "memory")
        (data / "build" / "kg.trig").touch()
        assert cache.network_key(store, data, "memory") != key
    finally:
        store.close()


def test_parts_of_the_cached_network_are_bounded(facade: Queries, tmp_path: Path):
    report = analyze(edge_graph(facade.stance_edges(), facade.actors()))
    path = tmp_path / "net.sqlite"
    cache.save(path, "k", report)
    assert cache.load(path, "other key") is None
    cached = cache.load(path, "k")
    assert cached is not None and cached.report() == report
    assert cached.counts() == (len(report.nodes), len(report.edges), len(report.coalitions))
    top = cached.top(2)
    best = sorted(report.nodes, key=lambda n: -(n.pagerank_support + n.pagerank_oppose))[:2]
    assert {n.id for n in top.nodes} == {n.id for n in best}
    assert all(e.source in {n.id for n in best} and e.target in {n.id for n in best}
               for e in top.edges)  # fmt: skip
    ego = cached.ego("cy", 1, most=2)
    assert ego is not None and len(ego.nodes) == 2 and "cy" in {n.id for n in ego.nodes}
    assert {n.id for n in cached.ego("cy", 1).nodes} == {"cy", "ana", "dee", "claim:won"}
    assert cached.ego("nobody") is None
    assert ego.frustration == report.frustration and ego.balance == report.balance


def test_the_command_reads_the_cache_it_wrote(data: Path, capsys):
    from graph.cli import main

    argv = ["--data", str(data), "--store", "oxigraph-memory", "network", "--format", "json"]
    assert main(argv) == 0
    first = capsys.readouterr().out
    assert list((data / "build").glob("network-*.sqlite"))
    assert main(argv) == 0
    assert capsys.readouterr().out == first


def test_a_damaged_cache_file_is_measured_again(tmp_path: Path):
    path = tmp_path / "net.sqlite"
    path.write_bytes(b"not a database")
    assert cache.load(path, "k") is None


def test_the_array_path_measures_as_the_graph_path(facade: Queries, monkeypatch):
    from graph.network import large, report

    D = edge_graph(facade.stance_edges(), facade.actors())
    small = analyze(D)
    monkeypatch.setattr(large, "MANY_EDGES", -1)  # every graph is large now
    big = report.analyze(D)
    assert big.frustration == small.frustration and big.balance == small.balance
    assert big.edges == small.edges
    for a, b in zip(big.nodes, small.nodes, strict=True):
        assert (a.id, a.support_in, a.oppose_out, a.betweenness) == (
            b.id, b.support_in, b.oppose_out, b.betweenness
        )  # fmt: skip
        assert a.pagerank_support == pytest.approx(b.pagerank_support, abs=1e-9)
        assert a.pagerank_oppose == pytest.approx(b.pagerank_oppose, abs=1e-9)
    assert {frozenset(g) for g in big.coalitions} == {frozenset(g) for g in small.coalitions}


def test_a_quick_analysis_measures_as_the_full_one_on_a_small_graph(facade: Queries):
    D = edge_graph(facade.stance_edges(), facade.actors())
    full, quick = analyze(D), analyze(D, quick=True)
    assert D.number_of_nodes() <= report.QUICK_SOURCES  # so betweenness is exact in both
    assert quick.edges == full.edges and quick.balance == full.balance
    for a, b in zip(quick.nodes, full.nodes, strict=True):
        assert (a.id, a.support_out, a.oppose_in, a.betweenness) == (
            b.id, b.support_out, b.oppose_in, b.betweenness
        )  # fmt: skip
        assert a.pagerank_support == pytest.approx(b.pagerank_support, abs=1e-9)
    assert {frozenset(g) for g in quick.coalitions} == {frozenset(g) for g in full.coalitions}


def test_the_network_as_of_a_day_leaves_later_stances_out(facade: Queries):
    from datetime import date

    later = cache.as_of(facade, date(2024, 7, 31), undated=False).report()
    everything = cache.as_of(facade, date(2024, 12, 31), undated=True).report()
    assert {(e.source, e.target) for e in later.edges} < {
        (e.source, e.target) for e in everything.edges
    }
    assert all(e.last is not None and e.last <= date(2024, 7, 31) for e in later.edges)
    assert ("ana", "ben") in {(e.source, e.target) for e in later.edges}
    assert ("dee", "ben") not in {(e.source, e.target) for e in later.edges}
