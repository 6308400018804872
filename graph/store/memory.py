"""The memory store: an rdflib Dataset read from the built TriG file (the default)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from graph import settings
from graph.errors import StoreError
from graph.rdfread import parse_file
from graph.store.base import RdflibStore
from graph.transaction import file_id

__all__ = ["MemoryStore", "build_path"]


def build_path(data_dir: str | Path) -> Path:
    """Where ``stancegraph build`` writes the dataset under ``data_dir``."""
    return Path(data_dir) / str(settings.setting("build_file").default)


class MemoryStore(RdflibStore):
    """An in-memory Dataset whose default graph is the union of its named graphs."""

    snapshot: tuple[int, int, int] | None = None
    """Which written version of the built file this store was read from (``file_id``)."""

    @classmethod
    def empty(cls) -> MemoryStore:
        return cls("memory", Dataset(default_union=True))

    @classmethod
    def from_dataset(cls, ds: Dataset) -> MemoryStore:
        """Wrap an existing Dataset (queried as the union of its named graphs)."""
        ds.default_union = True
        return cls("memory", ds)

    @classmethod
    def from_build(cls, data_dir: Path, *, create: bool = False) -> MemoryStore:
        path = build_path(data_dir)
        if not path.exists():
            if create:
                return cls.empty()
            raise StoreError(f"no graph at {path}; run `stancegraph build` first")
        snapshot = file_id(path)  # before reading: a file replaced meanwhile looks stale
        ds = Dataset(default_union=True)
        parse_file(ds, path, "trig", error=StoreError, then="run `stancegraph build` again")
        _overlay_ingested(ds, Path(data_dir) / "ingested", path.stat().st_mtime_ns)
        store = cls("memory", ds)
        store.snapshot = snapshot
        return store


def _overlay_ingested(ds: Dataset, folder: Path, since_ns: int) -> None:
    """Lay the article graphs ingested into another store since the snapshot was written (kept
    in ``DATA/ingested``, graph.dataset.INGESTED) over it: every store shows them alike."""
    from rdflib import Graph

    from graph.rdf import article_graph_iri

    for kept in sorted(folder.glob("*.ttl")):
        if kept.stat().st_mtime_ns > since_ns:
            graph = parse_file(Graph(), kept, "turtle", error=StoreError, then="ingest it again")
            target = ds.graph(article_graph_iri(kept.stem))
            target.remove((None, None, None))
            target.addN((s, p, o, target) for s, p, o in graph)
