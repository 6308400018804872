"""Ingest: extract articles, keep them in the data folder, and put each in the store.

An ingested article is copied into ``DATA/articles`` (text and a metadata sidecar with the time
of ingest), so that ``stancegraph build`` extracts it again and keeps it in the graph; its
named graph is replaced in the chosen store, never duplicated.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from graph import dataset
from graph.errors import ArticleError
from graph.model import Article, Extraction
from graph.store import Store, open_store
from graph.store.memory import build_path

__all__ = ["INGESTED_AT", "counts", "ingest_articles", "ingest_extractions", "save_article"]

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
    )
    return [(r.article.id, counts(r)) for r in results]


def ingest_extractions(
    extractions: Sequence[Extraction],
    *,
    data_dir: Path,
    registry_ids: Iterable[str] = (),
    store_spec: str = "memory",
    store: Store | None = None,
    progress: Progress = _quiet,
) -> list[str]:
    """Validate each extraction (as extracted, or as a reviewer left it) and store it.

    For each article, in order: its graph is reconciled with the store and validated (a bad one
    stops here, with nothing of it written); then the article text and the graph are kept in
    ``DATA/articles`` and ``DATA/ingested`` (so ``build`` keeps them, edits included); then the
    graph replaces the article's named graph in the store. With the memory store the built TriG
    file is rewritten at the end. Give ``store`` to use one already open (the app's).
    """
    data_dir = Path(data_dir)
    registry_ids = frozenset(registry_ids)
    now = datetime.now(UTC).replace(microsecond=0)
    own = store is None
    target = open_store(store_spec, data_dir=data_dir, create=True) if store is None else store
    done: list[str] = []
    try:
        for extraction in progress(extractions, len(extractions), "ingest"):
            iri, graph = dataset.prepare(
                target, extraction, generated_at=now, registry_ids=registry_ids
            )
            save_article(extraction.article, data_dir, ingested_at=now)
            kept = dataset.ingested_path(data_dir, extraction.article.id)
            kept.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(kept, graph.serialize(format="turtle").encode("utf-8"))
            target.replace_graph(iri, graph)
            done.append(str(iri))
        if store_spec == "memory" or getattr(target, "spec", None) == "memory":
            dataset.write_trig(target.dataset(), build_path(data_dir))
    finally:
        if own:
            target.close()
    return done


def counts(extraction: Extraction) -> str:
    """What an extraction holds, in a few words."""
    return (
        f"{len(extraction.quotes)} statements, {len(extraction.events)} events, "
        f"{len(extraction.stances)} stances, {len(extraction.actors)} actors"
    )


def save_article(article: Article, data_dir: Path, *, ingested_at: datetime) -> Path:
    """Write the article's text and sidecar into ``DATA/articles`` (atomically, each file)."""
    folder = Path(data_dir) / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{article.id}.txt"
    meta = {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "dateline": article.dateline,
        "published": article.published.iso if article.published.certainty == "stated" else None,
        INGESTED_AT: ingested_at.isoformat(),
    }
    if article.published.certainty == "inferred":
        meta["published_inferred"] = article.published.iso
        meta["published_note"] = article.published.note
    _write_atomic(target, article.text.encode("utf-8"))
    _write_atomic(target.with_suffix(".json"), json.dumps(meta, indent=1).encode("utf-8"))
    return target


def _write_atomic(path: Path, data: bytes) -> None:
    try:
        dataset.write_atomic(path, data)
    except OSError as exc:
        raise ArticleError(f"{path}: cannot write ({exc.strerror})") from None
