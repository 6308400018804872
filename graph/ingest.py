"""Ingest: extract articles, keep them in the data folder, and put each in the store.

An ingested article is copied into ``DATA/articles`` (text and a metadata sidecar with the time
of ingest), so that ``stancegraph build`` extracts it again and keeps it in the graph; its
named graph is replaced in the chosen store, never duplicated.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from graph import pipeline
from graph.errors import ArticleError
from graph.model import Article, Extraction
from graph.store import open_store
from graph.store.memory import build_path

__all__ = ["INGESTED_AT", "ingest_articles", "save_article"]

INGESTED_AT = "ingested_at"
"""Sidecar field: when the article was ingested; the generation time of its graph."""


def ingest_articles(
    articles: Sequence[Article],
    extractor: Any,
    *,
    data_dir: Path,
    store_spec: str = "memory",
    progress: Callable[..., Iterable[Any]] = lambda items, total, desc: items,
) -> list[tuple[str, str]]:
    """Extract, validate and store each article; returns ``(article id, counts)`` per article.

    Every article is extracted and validated before anything is written, so a bad article
    leaves the store and the data folder as they were.
    """
    registry_ids = frozenset(a.id for a in getattr(extractor, "registry", ()))
    now = datetime.now(UTC).replace(microsecond=0)
    results: list[Extraction] = list(progress(extractor.many(articles), len(articles), "extract"))
    store = open_store(store_spec, data_dir=data_dir, create=True)
    try:
        for extraction in progress(results, len(results), "ingest"):
            pipeline.ingest(store, extraction, generated_at=now, registry_ids=registry_ids)
            save_article(extraction.article, data_dir, ingested_at=now)
        if store_spec == "memory":
            pipeline.write_trig(store.dataset(), build_path(data_dir))
    finally:
        store.close()
    return [
        (
            r.article.id,
            f"{len(r.quotes)} statements, {len(r.events)} events, {len(r.stances)} stances, "
            f"{len(r.actors)} actors",
        )
        for r in results
    ]


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
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ArticleError(f"{path}: cannot write ({exc.strerror})") from None
