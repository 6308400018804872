"""Where the graph lives: one ``Store`` protocol, three backends, chosen by a spec string.

``memory`` loads the built TriG file into an rdflib Dataset; ``oxigraph:PATH`` keeps a persistent
Oxigraph folder; ``sparql:QUERY_URL[;UPDATE_URL]`` talks to a remote endpoint (read-only without an
update URL). Every backend answers the same named queries (``graph/sparql/*.rq``) alike.

>>> parse_spec("oxigraph:/tmp/kg")
('oxigraph', '/tmp/kg')
>>> parse_spec("sparql:http://h/q;http://h/u")
('sparql', 'http://h/q;http://h/u')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Protocol, runtime_checkable

from rdflib import Dataset, URIRef
from rdflib.query import Result
from rdflib.term import Node

from graph.errors import StoreError
from graph.store.base import Row, Triple, load_query

__all__ = ["BACKENDS", "Row", "Store", "Triple", "load_query", "open_store", "parse_spec"]

BACKENDS = ("memory", "oxigraph", "sparql")


@runtime_checkable
class Store(Protocol):
    """What every backend offers. Readers see a graph either whole before or whole after a write."""

    spec: str

    def query(self, rq: str, bindings: Mapping[str, Node] | None = None) -> list[Row]:
        """Rows of a SELECT: a named query (``graph/sparql/NAME.rq``) or text, with bindings."""
        ...

    def sparql(self, text: str) -> Result:
        """The raw rdflib result of any read query (callers check it is read-only first)."""
        ...

    def replace_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        """Make the named graph ``iri`` hold exactly ``triples``, in one step."""
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
    kind, _, arg = spec.strip().partition(":")
    if kind not in BACKENDS:
        raise StoreError(
            f"unknown store {spec!r}; use memory, oxigraph:PATH or sparql:QUERY_URL[;UPDATE_URL]"
        )
    if kind == "memory":
        if arg:
            raise StoreError(f"store {spec!r}: memory takes no argument; use plain `memory`")
    elif not arg:
        example = "oxigraph:data/build/oxigraph" if kind == "oxigraph" else "sparql:http://host/q"
        raise StoreError(f"store {spec!r} needs an argument, e.g. {example}")
    return kind, arg


def open_store(spec: str, *, data_dir: str | Path = "data", create: bool = False) -> Store:
    """Open the store ``spec``; ``create`` allows an empty one (for ``build``).

    The memory store reads ``DATA_DIR/build/kg.trig``; without ``create`` a missing file, like an
    empty Oxigraph folder, is an error that says to run ``stancegraph build``.
    """
    kind, arg = parse_spec(spec)
    if kind == "memory":
        from graph.store.memory import MemoryStore

        return MemoryStore.from_build(Path(data_dir), create=create)
    if kind == "oxigraph":
        from graph.store.oxigraph import OxigraphStore

        return OxigraphStore.open(spec, Path(arg), create=create)
    from graph.store.sparql import SparqlStore

    return SparqlStore.connect(spec, arg)
