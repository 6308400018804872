"""Where the graph lives: one ``Store`` protocol, four backends, chosen by a spec string.

``oxigraph`` (the default) mirrors the built TriG file in an Oxigraph folder under
``DATA/build/oxigraph``, refilled when the file changes; ``oxigraph:PATH`` keeps a persistent
Oxigraph folder of your own; ``oxigraph-memory`` loads the built file into Oxigraph in memory;
``memory`` loads it into an rdflib Dataset (the slow baseline); ``sparql:QUERY_URL[;UPDATE_URL]``
talks to a remote endpoint (read-only without an update URL). Every backend answers the same
named queries (``graph/sparql/*.rq``) alike.

>>> parse_spec("oxigraph")
('oxigraph', '')

>>> parse_spec("oxigraph:/tmp/kg")
('oxigraph', '/tmp/kg')
>>> parse_spec("sparql:http://h/q;http://h/u")
('sparql', 'http://h/q;http://h/u')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from rdflib import Dataset, URIRef
from rdflib.query import Result
from rdflib.term import Node

from graph.errors import StoreError
from graph.store.base import Row, Triple, load_query
from graph.store.textindex import TextIndex

__all__ = [
    "BACKENDS",
    "Row",
    "Store",
    "Triple",
    "load_query",
    "open_store",
    "parse_spec",
    "reads_snapshot",
]

BACKENDS = ("oxigraph", "oxigraph-memory", "memory", "sparql")


@runtime_checkable
class Store(Protocol):
    """What every backend offers. Readers see a graph either whole before or whole after a write."""

    spec: str
    text_index: TextIndex | None
    """The full-text index and monthly counts kept in step with the store, or None."""

    def query(
        self, rq: str, bindings: Mapping[str, Node | Sequence[Node]] | None = None
    ) -> list[Row]:
        """Rows of a SELECT: a named query (``graph/sparql/NAME.rq``) or text, with bindings
        (one variable may take a sequence of values: a row each)."""
        ...

    def sparql(self, text: str) -> Result:
        """The raw rdflib result of any read query (callers check it is read-only first)."""
        ...

    def replace_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        """Make the named graph ``iri`` hold exactly ``triples``, in one step."""
        ...

    def replace_graphs(self, graphs: Sequence[tuple[URIRef, Iterable[Triple]]]) -> None:
        """``replace_graph`` for each pair; in one step where the backend can (Oxigraph)."""
        ...

    def drop_graph(self, iri: URIRef) -> None: ...

    def graphs(self) -> list[URIRef]:
        """The named graphs, sorted."""
        ...

    def dataset(self) -> Dataset:
        """The whole store as an rdflib Dataset (for export and validation)."""
        ...

    def export(self, fmt: str) -> str: ...

    def __len__(self) -> int: ...

    def close(self) -> None: ...


def parse_spec(spec: str) -> tuple[str, str]:
    """Split a store spec into its backend and argument, checking both."""
    kind, colon, arg = spec.strip().partition(":")
    if kind not in BACKENDS:
        raise StoreError(
            f"unknown store {spec!r}; use oxigraph, oxigraph:PATH, oxigraph-memory, memory or "
            "sparql:QUERY_URL[;UPDATE_URL]"
        )
    if kind in ("memory", "oxigraph-memory"):
        if arg:
            raise StoreError(f"store {spec!r}: {kind} takes no argument; use plain `{kind}`")
    elif not arg and (kind == "sparql" or colon):
        example = "oxigraph:data/build/oxigraph" if kind == "oxigraph" else "sparql:http://host/q"
        raise StoreError(f"store {spec!r} needs an argument, e.g. {example}")
    return kind, arg


def reads_snapshot(spec: str) -> bool:
    """Whether the store ``spec`` is filled from ``DATA/build/kg.trig`` (so ``build`` only writes
    that file) rather than written graph by graph.

    >>> [reads_snapshot(s) for s in ("oxigraph", "memory", "oxigraph:/tmp/kg", "sparql:http://h/q")]
    [True, True, False, False]
    """
    kind, arg = parse_spec(spec)
    return kind in ("memory", "oxigraph-memory") or (kind == "oxigraph" and not arg)


def open_store(spec: str, *, data_dir: str | Path = "data", create: bool = False) -> Store:
    """Open the store ``spec``; ``create`` allows an empty one (for ``build``).

    ``oxigraph``, ``oxigraph-memory`` and ``memory`` read ``DATA_DIR/build/kg.trig``; without
    ``create`` a missing file, like an empty Oxigraph folder, is an error that says to run
    ``stancegraph build``.
    """
    kind, arg = parse_spec(spec)
    if kind == "memory":
        from graph.store.memory import MemoryStore

        return MemoryStore.from_build(Path(data_dir), create=create)
    if kind in ("oxigraph", "oxigraph-memory") and not arg:
        from graph.store.memory import build_path
        from graph.store.oxigraph import OxigraphStore

        snapshot = build_path(data_dir)
        folder = snapshot.parent / "oxigraph" if kind == "oxigraph" else None
        # DATA/ingested (graph.dataset.INGESTED): graphs ingested since the snapshot was built.
        ingested = Path(data_dir) / "ingested"
        return OxigraphStore.mirror(spec, snapshot, folder, create=create, ingested=ingested)
    if kind == "oxigraph":
        from graph.store.oxigraph import OxigraphStore

        return OxigraphStore.open(spec, Path(arg), create=create)
    from graph.store.sparql import SparqlStore

    return SparqlStore.connect(spec, arg)
