"""The Oxigraph store: a persistent folder, queried by Oxigraph's own engine through oxrdflib.

Oxigraph locks its folder: one process at a time. A second opener gets a StoreError naming the
folder instead of RocksDB's lock message. A graph is replaced by loading the new triples into a
staging graph and moving it over the old one in one SPARQL update, which Oxigraph runs as a single
transaction: a crash leaves the old graph or the new one, never a mix.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore as _OxrdflibStore
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.term import Node

from graph.errors import StoreError
from graph.store.base import RdflibStore, Triple

__all__ = ["OxigraphStore"]

_STAGING = "urn:x-stancegraph:staging"


class OxigraphStore(RdflibStore):
    def __init__(self, spec: str, ds: Dataset, inner: ox.Store, path: Path) -> None:
        super().__init__(spec, ds)
        self._inner = inner
        self.path = path

    @classmethod
    def open(cls, spec: str, path: Path, *, create: bool = False) -> OxigraphStore:
        if not create and not path.exists():
            raise StoreError(
                f"no Oxigraph store at {path}; run `stancegraph --store {spec} build` first"
            )
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path} is a file, not an Oxigraph folder; choose another path")
        try:
            inner = ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"the Oxigraph store at {path} is open in another process (its lock admits "
                    "one); close that process (the app or another command) and retry"
                ) from None
            raise StoreError(f"cannot open the Oxigraph store at {path}: {exc}") from None
        # A fixed identifier and the union default graph: a reopened store reads as it was written.
        ds = Dataset(store=_OxrdflibStore(store=inner), default_union=True)
        if inner.contains_named_graph(ox.NamedNode(_STAGING)):  # left by a crash mid-write
            inner.remove_graph(ox.NamedNode(_STAGING))
        store = cls(spec, ds, inner, path)
        if not create and len(inner) == 0:
            store.close()
            raise StoreError(
                f"the Oxigraph store at {path} is empty; run `stancegraph --store {spec} build`"
            )
        return store

    def replace_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        target = ox.NamedNode(str(iri))  # validates the IRI before it is written into the update
        staging = ox.NamedNode(_STAGING)
        quads = [ox.Quad(_ox(s), _ox(p), _ox(o), staging) for s, p, o in triples]
        with self._lock:
            self._inner.clear_graph(staging)
            self._inner.extend(quads)
            self._inner.update(f"MOVE SILENT GRAPH {staging} TO GRAPH {target}")
            self._inner.remove_graph(staging)

    def drop_graph(self, iri: URIRef) -> None:
        with self._lock:
            node = ox.NamedNode(str(iri))
            if self._inner.contains_named_graph(node):
                self._inner.remove_graph(node)

    def __len__(self) -> int:
        with self._lock:
            return len(self._inner)

    def close(self) -> None:
        with self._lock:
            if self._inner is not None:
                self._inner.flush()
                self._inner = None  # type: ignore[assignment]
                self._ds.store._store = None  # type: ignore[attr-defined]


def _ox(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise StoreError(f"cannot store the term {node!r} in Oxigraph")
