"""The Oxigraph stores: pyoxigraph on disk or in memory, queried by Oxigraph's own engine.

Three ways to open one (see ``graph.store.open_store``):

- ``oxigraph`` (the default store): a folder under ``DATA/build/oxigraph`` that mirrors the built
  snapshot ``DATA/build/kg.trig``. Opening it bulk-loads the snapshot when the snapshot changed
  since the folder was filled (a rebuild), so ``build`` only writes the TriG file and a plain
  command opens in milliseconds whatever the size. Ingest writes one article's graph into it.
- ``oxigraph:PATH``: a folder of your own, filled by ``stancegraph --store oxigraph:PATH build``.
- ``oxigraph-memory``: the snapshot bulk-loaded into memory at every start (no files written).

Named queries run on pyoxigraph directly, with bound values as SPARQL substitutions, and their
rows are converted to rdflib terms; rdflib (through oxrdflib) serves only ``sparql`` for the
user's own queries, ``dataset`` and ``export``. Beside each store lives its full-text index and
monthly counts (``graph/store/textindex.py``): a SQLite file next to the folder, or in memory.

Oxigraph locks its folder: one writing process at a time. A second process (a command while the
app runs) opens the folder read-only and sees it as it was then; writing through it is a
StoreError. Graphs are replaced by one SPARQL update (for each, drop, then insert the new triples
as N-Triples data; an ingested batch in one), which Oxigraph runs as a single transaction, so
reads take no lock here.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from itertools import chain
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore as _OxrdflibStore
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graph.errors import QueryError, StoreError
from graph.store.base import RdflibStore, Row, Triple, bind_first, query_text
from graph.store.stanceindex import StanceEntry
from graph.store.textindex import (
    INDEXED_PREDICATES,
    StatementEntry,
    TextIndex,
    entries_from_quads,
    entries_from_triples,
)

__all__ = ["OxigraphStore", "index_path"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def index_path(folder: Path) -> Path:
    """Where the text index of the Oxigraph folder ``folder`` lives: beside it."""
    return folder.with_name(folder.name + ".index.sqlite")


class OxigraphStore(RdflibStore):
    def __init__(
        self,
        spec: str,
        inner: ox.Store,
        path: Path | None,
        index: TextIndex,
        *,
        read_only: bool = False,
    ) -> None:
        # A fixed identifier and the union default graph: a reopened store reads as it was written.
        super().__init__(spec, Dataset(store=_OxrdflibStore(store=inner), default_union=True))
        self._inner = inner
        self.path = path
        self.text_index = index
        self.read_only = read_only
        self.load_report: dict[str, float] = {}
        """After a load from the snapshot: seconds of its parts (``_load``), for benchmarks."""

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, spec: str, path: Path, *, create: bool = False) -> OxigraphStore:
        """The folder ``path`` as it is (``oxigraph:PATH``)."""
        if not create and not path.exists():
            raise StoreError(
                f"no Oxigraph store at {path}; run `stancegraph --store {spec} build` first"
            )
        inner, read_only = _open_folder(path)
        store = cls(spec, inner, path, TextIndex(index_path(path)), read_only=read_only)
        if not create and len(inner) == 0:
            store.close()
            raise StoreError(
                f"the Oxigraph store at {path} is empty; run `stancegraph --store {spec} build`"
            )
        if len(inner) and store.text_index.stamp() is None and not read_only:
            store.reindex("filled by build")
        return store

    @classmethod
    def mirror(
        cls,
        spec: str,
        snapshot: Path,
        folder: Path | None,
        *,
        create: bool = False,
        ingested: Path | None = None,
    ) -> OxigraphStore:
        """A store holding ``snapshot``: in memory (``folder`` None) or in ``folder``, refilled
        from the snapshot whenever the snapshot changed since.

        Ingest writes one article's graph into the store and keeps it as ``ingested/ID.ttl``
        without rewriting the snapshot; a refill lays the graphs kept there after the snapshot
        was written over it, so nothing ingested since the last build is lost.
        """
        if not snapshot.exists() and not create:
            raise StoreError(f"no graph at {snapshot}; run `stancegraph build` first")
        if folder is None:
            store = cls(spec, ox.Store(), None, TextIndex(":memory:"))
        else:
            inner, read_only = _open_folder(folder)
            store = cls(spec, inner, folder, TextIndex(index_path(folder)), read_only=read_only)
        if snapshot.exists() and not store.read_only:
            stamp = _stamp(snapshot)
            since = snapshot.stat().st_mtime_ns
            if store.text_index.stamp() != stamp:
                store._load(snapshot, stamp)
            else:
                # An ingest killed after its files were kept and before the store took the graph
                # left a kept graph newer than anything the store has laid over: catch up.
                since = max(since, int(store.text_index.note(_OVERLAID) or 0))
            if ingested is not None:
                store._overlay(ingested, since)
        return store

    def _overlay(self, folder: Path, since_ns: int) -> None:
        """Replace each article graph kept in ``folder`` after ``since_ns`` by the kept one."""
        from graph.rdf import article_graph_iri
        from graph.rdfread import parse_file

        latest = since_ns
        for path in sorted(folder.glob("*.ttl")):
            mtime = path.stat().st_mtime_ns
            if mtime > since_ns:
                graph = parse_file(Graph(), path, "turtle")
                self.replace_graph(article_graph_iri(path.stem), graph)
                latest = max(latest, mtime)
        if self.text_index is not None:
            self.text_index.note(_OVERLAID, str(latest))

    def _load(self, snapshot: Path, stamp: str) -> None:
        """Bulk-load ``snapshot`` (Oxigraph's own loader, never rdflib) while a second thread
        streams the same file into the text index; the stamp is written only once both end."""
        with self._lock, ThreadPoolExecutor(1, thread_name_prefix="stancegraph-index") as pool:
            self._inner.clear()
            # The loader releases the GIL, so the index is made beside it rather than after it.
            indexing = pool.submit(self._fill_timed, snapshot)
            try:
                started = time.perf_counter()
                # Lenient: the snapshot is our own build's output, validated before it was written.
                self._inner.bulk_load(path=str(snapshot), format=ox.RdfFormat.TRIG, lenient=True)
                self.load_report["bulk_load_s"] = time.perf_counter() - started
                indexing.result()
            except (SyntaxError, ValueError, OSError) as exc:
                raise StoreError(
                    f"{snapshot} cannot be read as TriG ({str(exc)[:120]}); "
                    "run `stancegraph build` again"
                ) from None
            finally:
                wait([indexing])
            started = time.perf_counter()
            self._inner.flush()
            self.load_report["flush_s"] = time.perf_counter() - started
            self.text_index.note(_STAMP, stamp)

    def _fill_timed(self, snapshot: Path) -> None:
        """The text index filled from ``snapshot`` (the load's second thread), its wall and CPU
        seconds kept in ``load_report``."""
        started, cpu = time.perf_counter(), time.thread_time()
        self.text_index.fill(entries_from_quads(_indexed_quads(snapshot)), "")
        self.load_report["index_s"] = time.perf_counter() - started
        self.load_report["index_cpu_s"] = time.thread_time() - cpu

    def reindex(self, stamp: str) -> None:
        """Fill the text index from the graph: one query over every statement, its rows streamed
        from Oxigraph into SQLite as plain strings (memory stays flat whatever the size)."""
        solutions = self._inner.query(query_text("statement_index"))

        def entries() -> Iterable[tuple[str, StatementEntry]]:
            for g, statement, speaker, date, article, start, content, end, *rest in solutions:
                kind, cue, certainty, confidence, utterance = (_value(t) for t in rest)
                yield (
                    g.value,
                    StatementEntry(
                        iri=statement.value,
                        speaker=speaker.value,
                        day=date.value[:10] if date is not None else None,
                        article=article.value,
                        start=int(start.value),
                        text=content.value,
                        end=None if end is None else int(end.value),
                        content=content.value,
                        kind=kind,
                        cue=cue,
                        certainty=certainty,
                        confidence=confidence,
                        utterance=utterance,
                    ),
                )

        def stances() -> Iterable[tuple[str, StanceEntry]]:
            for g, stance, source, target, polarity, date, said in self._inner.query(
                query_text("stance_index")
            ):
                day = date.value[:10] if date is not None else None
                key = (said or stance).value
                yield (
                    g.value,
                    StanceEntry(stance.value, source.value, target.value, polarity.value, key, day),
                )

        self.text_index.fill(chain(entries(), stances()), stamp)

    # -- reading ---------------------------------------------------------------------------
    def query(
        self, rq: str, bindings: Mapping[str, Node | Sequence[Node]] | None = None
    ) -> list[Row]:
        text = query_text(rq)
        if bindings:
            text = bind_first(text, bindings)
        try:
            result = self._inner.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"query does not parse: {' '.join(str(exc).split())[:200]}") from None
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"query failed: {' '.join(str(exc).split())[:200]}") from None
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError(f"query {rq[:40]!r} is not a SELECT")
        names = [v.value for v in result.variables]
        return [{n: _to_rdflib(s[i]) for i, n in enumerate(names)} for s in result]

    def _reading(self) -> AbstractContextManager[object]:
        return nullcontext()

    def graphs(self) -> list[URIRef]:
        return sorted(
            URIRef(g.value) for g in self._inner.named_graphs() if isinstance(g, ox.NamedNode)
        )

    def __len__(self) -> int:
        return len(self._inner)

    # -- writing ---------------------------------------------------------------------------
    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(
                f"the Oxigraph store at {self.path} is open for writing in another process (the "
                "app or another command); close it and retry"
            )

    def replace_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        self.replace_graphs([(iri, triples)])

    def replace_graphs(self, graphs: Sequence[tuple[URIRef, Iterable[Triple]]]) -> None:
        """All the graphs in one SPARQL update (one Oxigraph transaction, one sync) and their
        index entries in one SQLite transaction."""
        self._check_writable()
        steps, entries = [], []
        for iri, triples in graphs:
            target = ox.NamedNode(str(iri))  # validates the IRI before it enters the update
            if type(triples) is Graph:  # a plain graph (not a dataset), only read here
                graph = triples  # no copy (a third of the time)
            else:
                graph = Graph()
                for triple in triples:
                    graph.add(triple)
            # Terms reach the update as N-Triples (rdflib escapes them), never as raw text.
            data = graph.serialize(format="nt")
            steps.append(
                f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{data}}} }}"
            )
            entries.append((str(iri), list(entries_from_triples(graph))))
        if not steps:
            return
        with self._lock:
            self._inner.update(" ;\n".join(steps))
            self.text_index.replace_many(entries)

    def drop_graph(self, iri: URIRef) -> None:
        self._check_writable()
        with self._lock:
            node = ox.NamedNode(str(iri))
            if self._inner.contains_named_graph(node):
                self._inner.remove_graph(node)
            self.text_index.drop(str(iri))

    def close(self) -> None:
        # Reads take no lock, so closing never waits for a query abandoned after its time limit.
        with self._lock:
            if self._inner is not None:
                if not self.read_only:
                    self._inner.flush()
                self._inner = None  # type: ignore[assignment]
                self._ds.store._store = None  # type: ignore[attr-defined]
                self.text_index.close()


def _open_folder(path: Path) -> tuple[ox.Store, bool]:
    """The store in ``path`` and whether it is read-only (another process holds its lock)."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not an Oxigraph folder; choose another path")
    try:
        return ox.Store(str(path)), False
    except OSError as exc:
        if "lock" not in str(exc).lower():
            raise StoreError(f"cannot open the Oxigraph store at {path}: {exc}") from None
    # Read-only beside a writer: RocksDB may be swapping files under us; try again briefly.
    problem: Exception | None = None
    for attempt in range(5):
        try:
            return ox.Store.read_only(str(path)), True
        except (OSError, RuntimeError) as exc:
            problem = exc
            time.sleep(0.05 * (attempt + 1))
    raise StoreError(
        f"the Oxigraph store at {path} is open in another process and cannot be read "
        f"({str(problem)[:120]}); close that process (the app or another command) and retry"
    )


# Meta keys: the snapshot the store holds (TextIndex.stamp), and the newest kept article graph
# (mtime, ns) the store has laid over it.
_STAMP = "stamp"
_OVERLAID = "overlaid_ns"


def _indexed_quads(snapshot: Path) -> Iterator[tuple[str, str, str, str]]:
    """The quads of ``snapshot`` an index entry is made of, as plain strings, streamed."""
    for quad in ox.parse(path=str(snapshot), format=ox.RdfFormat.TRIG, lenient=True):
        predicate = quad.predicate.value
        graph = quad.graph_name
        if predicate in INDEXED_PREDICATES and isinstance(graph, ox.NamedNode):
            yield quad.subject.value, predicate, quad.object.value, graph.value


def _value(term: ox.NamedNode | ox.Literal | None) -> str | None:
    return None if term is None else term.value


def _stamp(snapshot: Path) -> str:
    st = snapshot.stat()
    return f"{snapshot.resolve()}:{st.st_size}:{st.st_mtime_ns}"


@lru_cache(maxsize=1 << 16)
def _literal(value: str, datatype: str) -> Literal:
    """A literal made once and shared (literals are immutable): rdflib parses a typed one's value
    (20 us each, most of a row's cost), and days, offsets, scores repeat from row to row, as a
    statement's words do in its row (its content and its evidence text)."""
    if datatype == _XSD_STRING:
        return Literal(value)
    return Literal(value, datatype=URIRef(datatype))


def _to_rdflib(term: object) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return _literal(term.value, term.datatype.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise QueryError(f"the query returned a {type(term).__name__}, which rows cannot hold")
