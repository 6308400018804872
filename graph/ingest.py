"""Ingest: extract articles, keep them in the data folder, and put each in the store.

An ingested article is copied into ``DATA/articles`` (text and a metadata sidecar with the time
of ingest), so that ``stancegraph build`` extracts it again and keeps it in the graph; its
named graph is replaced in the chosen store, never duplicated.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from graph import dataset, transaction
from graph.errors import ArticleError
from graph.model import Article, Extraction
from graph.store import Store, open_store
from graph.store.memory import MemoryStore, build_path

__all__ = [
    "INGESTED_AT",
    "Prepared",
    "counts",
    "ingest_articles",
    "ingest_extractions",
    "save_article",
]

Progress = Callable[..., Iterable[Any]]


def _quiet(items: Iterable[Any], total: int, desc: str) -> Iterable[Any]:
    return items


INGESTED_AT = "ingested_at"
"""Sidecar field: when the article was ingested; the generation time of its graph."""


def ingest_articles(
    articles: Sequence[Article],
    extractor: Any,
    *,
    data_dir: Path,
    store_spec: str = "memory",
    progress: Progress = _quiet,
    on_wait: Callable[[str], None] | None = None,
) -> list[tuple[str, str]]:
    """Extract every article, then validate and store each; ``(article id, counts)`` per article."""
    results: list[Extraction] = list(progress(extractor.many(articles), len(articles), "extract"))
    registry_ids = frozenset(a.id for a in getattr(extractor, "registry", ()))
    ingest_extractions(
        results,
        data_dir=data_dir,
        store_spec=store_spec,
        registry_ids=registry_ids,
        progress=progress,
        on_wait=on_wait,
    )
    return [(r.article.id, counts(r)) for r in results]


@dataclass(frozen=True)
class Prepared:
    """A batch's graphs made outside the lock (``dataset.prepare``) against the store while the
    data folder was in ``state`` (``transaction.folder_state``), stamped ``generated_at``."""

    state: tuple[Any, ...]
    graphs: list[tuple[Any, Any]]
    generated_at: datetime


def ingest_extractions(
    extractions: Sequence[Extraction],
    *,
    data_dir: Path,
    registry_ids: Iterable[str] = (),
    store_spec: str = "memory",
    store: Store | None = None,
    progress: Progress = _quiet,
    on_wait: Callable[[str], None] | None = None,
    prepared: Prepared | None = None,
) -> list[str]:
    """Validate the extractions (as extracted, or as a reviewer left them) and store them.

    One transaction over the data folder, under its lock (``on_wait`` hears once if another
    writer holds it). Each graph is reconciled with the store and the batch before it, and the
    batch is validated once (``dataset.prepare``: a bad article stops everything before anything
    is written). The texts and sidecars (``DATA/articles``) and graphs (``DATA/ingested``) of
    the whole batch take their places together, or none of them after a crash: with the memory
    store, together with the snapshot ``build/kg.trig``; with any other store (the Oxigraph
    mirrors, ``oxigraph:PATH``, ``sparql:``), the graphs then replace the articles' named graphs
    in the store, and the snapshot is left as built (a mirror refilled from it, or reopened after
    a crash, lays ``DATA/ingested`` over it). Give ``store`` to use one already open (the
    app's): it gets the graphs too. ``prepared`` (the graphs made against ``store`` before the
    lock) is written as it is if no build or ingest has changed the folder since; else the batch
    is prepared again under the lock.
    """
    data_dir = Path(data_dir)
    registry_ids = frozenset(registry_ids)
    now = datetime.now(UTC).replace(microsecond=0)
    # The memory store is the snapshot build/kg.trig, rewritten in the sources' transaction; an
    # Oxigraph mirror takes the article graphs alone (refilled, it lays DATA/ingested over them).
    memory = (store.spec if store is not None else store_spec) == "memory"
    with transaction.locked(data_dir, timeout=dataset.lock_timeout(), on_wait=on_wait):
        if prepared is not None and prepared.state == transaction.folder_state(data_dir):
            now, done = prepared.generated_at, prepared.graphs
        else:
            done = None
        try:
            if memory:
                return _ingest_memory(
                    extractions, store, data_dir, now, registry_ids, progress, done
                )
            target = store or open_store(store_spec, data_dir=data_dir, create=True)
            try:
                return _ingest_store(
                    extractions, target, data_dir, now, registry_ids, progress, done
                )
            finally:
                if store is None:
                    target.close()
        except OSError as exc:
            raise ArticleError(
                f"{exc.filename or data_dir}: cannot write ({exc.strerror})"
            ) from None


def _ingest_store(
    extractions: Sequence[Extraction],
    target: Store,
    data_dir: Path,
    now: datetime,
    registry_ids: frozenset[str],
    progress: Progress,
    done: list[tuple[Any, Any]] | None,
) -> list[str]:
    """The batch into any store but the memory one: the files in one transaction, then the
    graphs (``done``, or prepared here) in one write."""
    graphs = (
        done
        if done is not None
        else dataset.prepare(
            target,
            extractions,
            generated_at=now,
            registry_ids=registry_ids,
            progress=progress,
        )
    )
    with transaction.Transaction(data_dir) as tx:
        for extraction, (_, graph) in zip(extractions, graphs, strict=True):
            _stage_article(tx, extraction.article, data_dir, now, graph)
        tx.commit()
    # One write for the batch: one transaction (and one sync) in Oxigraph and its index.
    target.replace_graphs(list(progress(graphs, len(graphs), "store")))
    return [str(iri) for iri, _ in graphs]


def _ingest_memory(
    extractions: Sequence[Extraction],
    store: Store | None,
    data_dir: Path,
    now: datetime,
    registry_ids: frozenset[str],
    progress: Progress,
    done: list[tuple[Any, Any]] | None = None,
) -> list[str]:
    """The batch against the snapshot on disk now, written with it in one transaction.

    The snapshot is read under the lock, so the article of an ingest that finished while this
    one waited is kept. ``store`` (the app's) is used as is when it holds that very snapshot;
    ``done``, the batch's graphs prepared against it, only then.
    """
    path = build_path(data_dir)
    current = isinstance(store, MemoryStore) and store.snapshot == transaction.file_id(path)
    base = store if current and store is not None else MemoryStore.from_build(data_dir, create=True)
    if done is None or base is not store:
        done = dataset.prepare(
            base,
            extractions,
            generated_at=now,
            registry_ids=registry_ids,
            progress=progress,
        )
    with transaction.Transaction(data_dir) as tx:
        for extraction, (iri, graph) in zip(extractions, done, strict=True):
            base.replace_graph(iri, graph)
            _stage_article(tx, extraction.article, data_dir, now, graph)
        tx.stage(path, base.dataset().serialize(format="trig").encode("utf-8"))
        tx.commit()
    base.snapshot = transaction.file_id(path)  # type: ignore[union-attr]
    if store is not None and store is not base:
        for iri, graph in done:
            store.replace_graph(iri, graph)
    return [str(iri) for iri, _ in done]


def _stage_article(
    tx: transaction.Transaction, article: Article, data_dir: Path, now: datetime, graph: Any
) -> None:
    save_article(article, data_dir, ingested_at=now, tx=tx)
    kept = dataset.ingested_path(data_dir, article.id)
    # N-Triples is Turtle too, written ten times faster than rdflib's pretty Turtle.
    tx.stage(kept, graph.serialize(format="nt").encode("utf-8"))


def counts(extraction: Extraction) -> str:
    """What an extraction holds, in a few words."""
    return (
        f"{len(extraction.quotes)} statements, {len(extraction.events)} events, "
        f"{len(extraction.stances)} stances, {len(extraction.actors)} actors"
    )


def save_article(
    article: Article,
    data_dir: Path,
    *,
    ingested_at: datetime,
    tx: transaction.Transaction | None = None,
) -> Path:
    """Write the article's text and sidecar into ``DATA/articles``.

    Staged in ``tx`` when given; else each file is replaced atomically on its own.
    """
    folder = Path(data_dir) / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{article.id}.txt"
    meta = {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "dateline": article.dateline,
        "author": article.author,
        "published": article.published.iso if article.published.certainty == "stated" else None,
        INGESTED_AT: ingested_at.isoformat(),
    }
    if article.published.certainty == "inferred":
        meta["published_inferred"] = article.published.iso
        meta["published_note"] = article.published.note
    files = {
        target: article.text.encode("utf-8"),
        target.with_suffix(".json"): json.dumps(meta, indent=1).encode("utf-8"),
    }
    for path, data in files.items():
        try:
            tx.stage(path, data) if tx is not None else transaction.write_atomic(path, data)
        except OSError as exc:
            raise ArticleError(f"{path}: cannot write ({exc.strerror})") from None
    return target
