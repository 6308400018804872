"""The store backends: spec parsing, opening errors, atomic graph replacement, export, and the
same answers to every named query from memory, Oxigraph and a SPARQL endpoint."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph import dataset
from graph.errors import QueryError, StoreError
from graph.store import Store, open_store, parse_spec
from graph.store.memory import MemoryStore
from graph.store.sparql import parse_endpoints
from tests.conftest import serve_sparql

# Queries that answer nothing without some values bound: open period bounds for who_said, the
# first page of actor_events_page.
NEEDED_BINDINGS = {
    "who_said": {
        "lo": Literal("0001-01-01", datatype=XSD.date),
        "hi": Literal("9999-12-31", datatype=XSD.date),
    },
    "actor_events_page": {"after_day": Literal(""), "after_event": Literal("")},
    "properties": {"subject": URIRef("https://w3id.org/stancegraph/id/actor/matthew-miller")},
    "stance_edges": {
        "lo": Literal("0001-01-01", datatype=XSD.date),
        "hi": Literal("9999-12-31", datatype=XSD.date),
        "undated": Literal(True),
    },
}
QUERY_NAMES = sorted(
    p.name.removesuffix(".rq")
    for p in (resources.files("graph") / "sparql").iterdir()
    if p.name.endswith(".rq")
)


# -- specs -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("memory", ("memory", "")),
        ("oxigraph:data/build/ox", ("oxigraph", "data/build/ox")),
        ("sparql:http://h:3030/ds/query", ("sparql", "http://h:3030/ds/query")),
    ],
)
def test_parse_spec(spec: str, expected: tuple[str, str]) -> None:
    assert parse_spec(spec) == expected


@pytest.mark.parametrize(
    "spec", ["", "mem", "memory:x", "oxigraph:", "sparql:", "postgres:db", "Memory"]
)
def test_bad_specs_name_the_choices(spec: str) -> None:
    with pytest.raises(StoreError, match=r"memory|oxigraph|sparql"):
        parse_spec(spec)


def test_sparql_endpoints_are_http_urls() -> None:
    assert parse_endpoints("http://h/q") == ("http://h/q", None)
    assert parse_endpoints("https://h/q; https://h/u") == ("https://h/q", "https://h/u")
    for bad in ("ftp://h/q", "h/q", "http://h/q;file:///etc/passwd", "http://a;http://b;http://c"):
        with pytest.raises(StoreError):
            parse_endpoints(bad)


# -- opening -----------------------------------------------------------------------------------
def test_memory_without_a_build_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        open_store("memory", data_dir=tmp_path)
    assert (
        str(caught.value) == f"no graph at {tmp_path}/build/kg.trig; run `stancegraph build` first"
    )


def test_memory_with_a_broken_build_says_to_rebuild(tmp_path: Path) -> None:
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "kg.trig").write_text("this is { not trig", encoding="utf-8")
    with pytest.raises(StoreError, match="run `stancegraph build` again"):
        open_store("memory", data_dir=tmp_path)


def test_oxigraph_missing_and_empty_stores_say_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="build"):
        open_store(f"oxigraph:{tmp_path / 'none'}")
    open_store(f"oxigraph:{tmp_path / 'empty'}", create=True).close()
    with pytest.raises(StoreError, match="is empty; run `stancegraph --store oxigraph:"):
        open_store(f"oxigraph:{tmp_path / 'empty'}")


def test_oxigraph_persists_and_reopens_with_the_same_graphs(
    tmp_path: Path, memory_store: Store
) -> None:
    spec = f"oxigraph:{tmp_path / 'kg'}"
    store = open_store(spec, create=True)
    dataset.sync_store(store, memory_store.dataset())
    graphs, size = store.graphs(), len(store)
    store.close()
    again = open_store(spec)
    try:
        assert again.graphs() == graphs == memory_store.graphs()
        assert len(again) == size == len(memory_store)
        assert again.query("claims") and sorted(map(str, again.graphs())) == sorted(
            map(str, graphs)
        )
    finally:
        again.close()


def test_a_second_oxigraph_opener_reads_but_cannot_write(tmp_path: Path) -> None:
    spec = f"oxigraph:{tmp_path / 'kg'}"
    first = open_store(spec, create=True)
    try:
        first.replace_graph(G, _triples(2))
        second = open_store(spec, create=True)
        try:
            assert second.read_only  # type: ignore[attr-defined]
            with pytest.raises(StoreError, match="open for writing in another process"):
                second.replace_graph(G, _triples(1))
        finally:
            second.close()
    finally:
        first.close()
    again = open_store(spec, create=True)  # the lock is released on close
    try:
        assert not again.read_only  # type: ignore[attr-defined]
        assert len(again) == 2
    finally:
        again.close()


# -- writing -----------------------------------------------------------------------------------
G = URIRef("urn:x-test:graph")
S = URIRef("urn:x-test:s")
P = URIRef("urn:x-test:p")


def _triples(n: int, tag: str = "") -> list[tuple[URIRef, URIRef, Literal]]:
    return [(S, P, Literal(f'{tag}{i} "quoted" \\ }} ; DROP ALL')) for i in range(n)]


@pytest.fixture(params=["memory", "oxigraph", "sparql"])
def fresh_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "memory":
        store: Store = MemoryStore.empty()
        yield store
    elif request.param == "oxigraph":
        store = open_store(f"oxigraph:{tmp_path / 'kg'}", create=True)
        yield store
    else:
        with serve_sparql() as endpoint:
            store = open_store(f"sparql:{endpoint}")
            yield store
    store.close()


def _count(store: Store, graph: URIRef) -> int:
    # Oxigraph binds only projected variables, so ?g is selected.
    return len(store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": graph}))


def test_replace_graph_replaces_and_drop_graph_drops(fresh_store: Store) -> None:
    fresh_store.replace_graph(G, _triples(5, "a"))
    fresh_store.replace_graph(G, _triples(3, "b"))
    assert fresh_store.graphs() == [G]
    values = sorted(str(r["o"]) for r in fresh_store.query("SELECT ?o WHERE { ?s ?p ?o }"))
    assert values == sorted(str(o) for _, _, o in _triples(3, "b"))  # escaping survived
    fresh_store.drop_graph(G)
    assert fresh_store.graphs() == []
    assert len(fresh_store) == 0


def test_replace_graphs_replaces_each_and_leaves_the_others(fresh_store: Store) -> None:
    other = URIRef(str(G) + "-other")
    fresh_store.replace_graph(G, _triples(5, "a"))
    fresh_store.replace_graphs([(G, _triples(2, "b")), (other, Graph())])
    assert fresh_store.graphs() == [G]  # an empty graph is no graph
    fresh_store.replace_graphs([(other, _triples(4, "c"))])
    assert sorted(fresh_store.graphs()) == sorted([G, other])
    assert _count(fresh_store, G) == 2 and _count(fresh_store, other) == 4
    fresh_store.replace_graphs([])
    assert _count(fresh_store, G) == 2


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_readers_see_a_replaced_graph_whole(backend: str, tmp_path: Path) -> None:
    store: Store = (
        MemoryStore.empty()
        if backend == "memory"
        else open_store(f"oxigraph:{tmp_path / 'kg'}", create=True)
    )
    small, large = _triples(20, "s"), _triples(70, "l")
    store.replace_graph(G, small)
    seen: set[int] = set()
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            seen.add(_count(store, G))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(30):
            store.replace_graph(G, large if i % 2 == 0 else small)
    finally:
        done.set()
        reader.join()
        store.close()
    assert seen <= {20, 70}
    assert seen


def test_a_read_only_sparql_store_refuses_writes(sparql_endpoint: str) -> None:
    query_url = sparql_endpoint.split(";")[0]
    store = open_store(f"sparql:{query_url}")
    with pytest.raises(StoreError, match=r"read-only; give an update URL: sparql:QUERY_URL;UPDATE"):
        store.replace_graph(G, _triples(1))
    with pytest.raises(StoreError, match="read-only"):
        store.drop_graph(G)
    with pytest.raises(StoreError, match="read-only"):
        dataset.sync_store(store, Dataset())
    assert store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # reading still works


def test_an_unreachable_endpoint_is_a_store_error() -> None:
    store = open_store("sparql:http://127.0.0.1:9/query")
    with pytest.raises((StoreError, QueryError)):
        store.query("claims")


# -- reading -----------------------------------------------------------------------------------
def test_a_query_binding_thousands_of_values_answers_in_every_backend(
    store: Store, memory_store: Store
) -> None:
    # A search's or a page's statements are bound by IRI: far longer than a GET URL may be.
    rows = memory_store.query("statements")
    iris = [r["statement"] for r in rows] + [
        URIRef(f"https://w3id.org/stancegraph/id/article/none/statement-{i}") for i in range(3000)
    ]
    got = store.query("statements", {"statement": iris})
    assert {r["statement"] for r in got} == {r["statement"] for r in rows}


def test_every_named_query_answers_alike_in_every_backend(
    store: Store, memory_store: Store
) -> None:
    assert QUERY_NAMES  # the .rq files ship with the package
    for name in QUERY_NAMES:
        bindings = NEEDED_BINDINGS.get(name, {})
        expected = _canonical_rows(memory_store.query(name, bindings))
        assert expected, f"{name} finds nothing in the seed graph"
        assert _canonical_rows(store.query(name, bindings)) == expected, name


def test_a_period_narrows_who_said_alike_in_every_backend(store: Store) -> None:
    everything = store.query("who_said", NEEDED_BINDINGS["who_said"])
    days = sorted(str(r["date"]) for r in everything)
    assert len(set(days)) > 1
    middle = Literal(days[len(days) // 2], datatype=XSD.date)
    later = store.query("who_said", {**NEEDED_BINDINGS["who_said"], "lo": middle})
    earlier = store.query("who_said", {**NEEDED_BINDINGS["who_said"], "hi": middle})
    assert {str(r["date"]) for r in later} == {d for d in days if d >= str(middle)}
    assert {str(r["date"]) for r in earlier} == {d for d in days if d <= str(middle)}
    assert [str(r["date"]) for r in later] == sorted(str(r["date"]) for r in later)


def test_bindings_narrow_without_touching_query_text(store: Store) -> None:
    miller = URIRef("https://w3id.org/stancegraph/id/actor/matthew-miller")
    rows = store.query("statements", {"speaker": miller})
    assert rows and {r["speaker"] for r in rows} == {miller}
    hostile = URIRef("https://w3id.org/stancegraph/id/actor/x> } ; DROP ALL ; #")
    assert store.query("statements", {"speaker": Literal('" } DROP ALL #')}) == []
    with pytest.raises((QueryError, StoreError, ValueError)):
        store.query("statements", {"speaker": hostile})
        raise ValueError("an invalid IRI was accepted but matched nothing")  # also fine


def test_unknown_query_names_and_non_select_forms_are_query_errors(memory_store: Store) -> None:
    with pytest.raises(QueryError, match="no query named 'nothing'"):
        memory_store.query("nothing")
    with pytest.raises(QueryError, match="not a SELECT"):
        memory_store.query("ASK { ?s ?p ?o }")


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_export_round_trips(memory_store: Store, fmt: str) -> None:
    text = memory_store.export(fmt)
    back = Dataset()
    back.parse(data=text, format={"jsonld": "json-ld"}.get(fmt, fmt))
    for iri in memory_store.graphs():
        assert isomorphic(back.graph(iri), memory_store.dataset().graph(iri)), iri


def test_turtle_export_is_the_union(memory_store: Store) -> None:
    from rdflib import Graph

    union = Graph().parse(data=memory_store.export("turtle"), format="turtle")
    expected = Graph()
    for iri in memory_store.graphs():
        expected += memory_store.dataset().graph(iri)
    assert isomorphic(union, expected)


def test_export_refuses_unknown_formats(memory_store: Store) -> None:
    with pytest.raises(StoreError, match="turtle, trig, nquads, jsonld"):
        memory_store.export("xml")


def _canonical_rows(rows: list[dict]) -> list[tuple]:
    """Rows compared by value: Oxigraph stores xsd:nonNegativeInteger as xsd:integer and writes
    decimals in canonical form ("1" for "1.0"), so numbers compare as numbers."""

    def value(node: object) -> tuple[str, str, str, str]:
        if isinstance(node, Literal):
            python = node.toPython()
            if isinstance(python, int | float | Decimal) and not isinstance(python, bool):
                return ("number", repr(float(python)), "", "")
            return ("literal", str(python), str(node.datatype or ""), node.language or "")
        return ("node", str(node), "", "")

    return sorted(tuple(sorted((k, value(v)) for k, v in r.items())) for r in rows)


# -- the default store and its text index ------------------------------------------------------
def _statement_graph(n: int, speaker: str, words: str) -> tuple[URIRef, list[tuple]]:
    """An article graph of ``n`` statements by ``speaker`` saying ``words`` (the RDF mapping)."""
    from datetime import UTC, datetime

    from graph import rdf
    from graph.model import Actor, Article, DateValue, Extraction, Quote

    line = f"{speaker} said: {words}\n"
    article = Article(f"t-{speaker.lower()}", line * n)
    quotes = tuple(
        Quote(
            speaker.lower(),
            article.span(i * len(line) + len(speaker) + 7, (i + 1) * len(line) - 1),
            "direct",
            said_on=DateValue(date(2024, 1 + i % 12, 1), "stated"),
        )
        for i in range(n)
    )
    who = Actor(speaker.lower(), speaker, "Person")
    x = Extraction(article, actors=(who,), quotes=quotes)
    g = rdf.extraction_to_graph(x, generated_at=datetime(2024, 1, 1, tzinfo=UTC))
    return rdf.article_graph_iri(article.id), list(g)


def test_the_text_index_follows_replace_and_drop(tmp_path: Path) -> None:
    store = open_store(f"oxigraph:{tmp_path / 'kg'}", create=True)
    try:
        index = store.text_index
        assert index is not None
        iri, triples = _statement_graph(3, "Ana", "Élections truquées, dit-elle")
        store.replace_graph(iri, triples)
        assert len(index.search("ELECTIONS TRUQ")) == 3
        february = index.search("elections", lo="2024-02-01", hi="2024-02-28")
        assert len(february) == 1 and february[0].endswith("-ana")
        assert february[0] in {str(r["statement"]) for r in store.query("statements")}
        assert [n for _, _, n in index.monthly_counts()] == [1, 1, 1]
        _, triples2 = _statement_graph(1, "Ana", "Another thing")
        store.replace_graph(iri, triples2)  # the same article, re-ingested with other words
        assert index.search("truqu") == [] and len(index.search("another")) == 1
        store.drop_graph(iri)
        assert len(index) == 0 and index.monthly_counts() == []
    finally:
        store.close()
    reopened = open_store(f"oxigraph:{tmp_path / 'kg'}", create=True)
    try:
        assert reopened.text_index is not None and len(reopened.text_index) == 0
    finally:
        reopened.close()


def test_the_default_store_mirrors_the_snapshot_and_follows_a_rebuild(tmp_path: Path) -> None:
    from graph import synth

    synth.synthesize(tmp_path, statements=30, seed=1)
    first = open_store("oxigraph", data_dir=tmp_path)
    try:
        assert len(first.query("statements")) == 30
        assert (tmp_path / "build" / "oxigraph").is_dir()
        assert first.text_index is not None and len(first.text_index) == 30
    finally:
        first.close()
    synth.synthesize(tmp_path, statements=60, seed=1)  # a rebuild writes a new snapshot
    second = open_store("oxigraph", data_dir=tmp_path)
    try:
        assert len(second.query("statements")) == 60
        assert second.text_index is not None and len(second.text_index) == 60
    finally:
        second.close()
    in_memory = open_store("oxigraph-memory", data_dir=tmp_path)
    try:
        assert len(in_memory.query("statements")) == 60
    finally:
        in_memory.close()


def test_the_default_store_without_a_build_says_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="stancegraph build"):
        open_store("oxigraph", data_dir=tmp_path)
    with pytest.raises(StoreError, match="no argument"):
        open_store("oxigraph-memory:x", data_dir=tmp_path)


def test_an_ingested_article_survives_a_refill_of_the_mirror(tmp_path: Path) -> None:
    from dataclasses import replace

    from graph import synth
    from graph.ingest import ingest_extractions

    synth.synthesize(tmp_path, statements=40, seed=3)
    snapshot = (tmp_path / "build" / "kg.trig").read_bytes()
    world = synth._World(20, seed=9)
    extra = next(synth.synthetic_articles(world))
    extra = replace(
        extra,
        article=replace(extra.article, id="ingested-one"),
        actors=tuple(replace(a, speaks_for=None) for a in extra.actors),
    )
    store = open_store("oxigraph", data_dir=tmp_path)
    try:
        ingest_extractions([extra], data_dir=tmp_path, store=store)
        assert len(store.query("statements")) == 40 + len(extra.quotes)
    finally:
        store.close()
    # The snapshot is left as built: the ingest cost the article, not the corpus.
    assert (tmp_path / "build" / "kg.trig").read_bytes() == snapshot
    for folder in ("oxigraph", "oxigraph.index.sqlite"):  # the mirror is lost...
        path = tmp_path / "build" / folder
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    for spec in ("oxigraph", "oxigraph-memory"):  # ...and refilled: the article is back
        again = open_store(spec, data_dir=tmp_path)
        try:
            assert len(again.query("statements")) == 40 + len(extra.quotes)
            assert again.text_index is not None and len(again.text_index) == 40 + len(extra.quotes)
        finally:
            again.close()


def test_a_graph_kept_but_not_stored_is_caught_up_at_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ingest killed after its files were kept and before the mirror took the graph."""
    from dataclasses import replace

    from graph import synth
    from graph.ingest import ingest_extractions

    synth.synthesize(tmp_path, statements=40, seed=3)
    world = synth._World(20, seed=9)
    extra = next(synth.synthetic_articles(world))
    extra = replace(
        extra,
        article=replace(extra.article, id="kept-not-stored"),
        actors=tuple(replace(a, speaks_for=None) for a in extra.actors),
    )
    store = open_store("oxigraph", data_dir=tmp_path)
    kind = type(store)

    def killed(self: object, *args: object, **kwargs: object) -> None:
        raise RuntimeError("killed before the store took the graph")

    try:
        monkeypatch.setattr(kind, "replace_graphs", killed)
        with pytest.raises(RuntimeError):
            ingest_extractions([extra], data_dir=tmp_path, store=store)
        monkeypatch.undo()
        assert (tmp_path / "ingested" / "kept-not-stored.ttl").exists()
        assert len(store.query("statements")) == 40  # the store missed it
    finally:
        store.close()
    for _ in range(2):  # caught up at the next open, and only laid over once
        again = open_store("oxigraph", data_dir=tmp_path)
        try:
            assert len(again.query("statements")) == 40 + len(extra.quotes)
        finally:
            again.close()
