"""The Oxigraph store: a persistent folder, queried by Oxigraph's own engine through oxrdflib.

Oxigraph locks its folder: one process at a time. A second opener gets a StoreError naming the
folder instead of RocksDB's lock message. A graph is replaced by one SPARQL update (drop, then
insert the new triples as N-Triples data), which Oxigraph runs as a single transaction: readers,
which see snapshots, and a crash both find the old graph or the new one, never a mix. So reads
take no lock here.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore as _OxrdflibStore
from rdflib import Dataset, Graph, URIRef

from graph.errors import StoreError
from graph.store.base import RdflibStore, Triple

__all__ = ["OxigraphStore"]


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
        store = cls(spec, ds, inner, path)
        if not create and len(inner) == 0:
            store.close()
            raise StoreError(
                f"the Oxigraph store at {path} is empty; run `stancegraph --store {spec} build`"
            )
        return store

    def _reading(self) -> AbstractContextManager[object]:
        return nullcontext()

    def replace_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        target = ox.NamedNode(str(iri))  # validates the IRI before it is written into the update
        graph = Graph()
        for triple in triples:
            graph.add(triple)
        # Terms reach the update as N-Triples (rdflib escapes them), never as raw text.
        data = graph.serialize(format="nt")
        with self._lock:
            self._inner.update(
                f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{data}}} }}"
            )

    def drop_graph(self, iri: URIRef) -> None:
        with self._lock:
            node = ox.NamedNode(str(iri))
            if self._inner.contains_named_graph(node):
                self._inner.remove_graph(node)

    def __len__(self) -> int:
        with self._lock:
            return len(self._inner)

    def close(self) -> None:
        # Reads take no lock, so closing never waits for a query abandoned after its time limit.
        with self._lock:
            if self._inner is not None:
                self._inner.flush()
                self._inner = None  # type: ignore[assignment]
                self._ds.store._store = None  # type: ignore[attr-defined]
