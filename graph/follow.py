"""Following feeds: read the entries not seen before, keep each new article once, ingest them.

A run reads every feed (an OPML file stands for the feeds it lists), drops the entries already in
the seen-set, those older than ``since`` and those past ``limit`` (they wait for the next run),
reads each remaining entry's page, and ingests the articles the data folder does not hold yet
(``graph.identity``). An entry or a feed that fails is one line in the report and is skipped;
it is not remembered, so the next run tries it again. Nothing is extracted, and the language
model is not even loaded, when there is nothing new.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from graph import feeds
from graph.errors import ArticleError, GraphError, ValidationFailed
from graph.identity import ArticleIndex, Verdict
from graph.model import Article, DateValue, Extraction
from graph.web import read_source

__all__ = ["FollowReport", "follow"]

Progress = Callable[..., Iterable[Any]]

def _quiet(items: Iterable[Any], total: int, desc: str) -> Iterable[Any]:
    return items


@dataclass
class FollowReport:
    """What a run did: how many entries it found and took, and a line per skip and failure."""

    feeds: int = 0
    entries: int = 0
    new: int = 0
    added: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    waiting: int = 0

    def summary(self) -> str:
        text = (
            f"{self.entries} entries in {self.feeds} feed(s), {self.new} new: "
            f"{len(self.added)} added, {len(self.skipped)} skipped, {len(self.failed)} failed"
        )
        if self.waiting:
            text += f"; {self.waiting} more wait for the next run (--limit)"
        return text


def follow(
    sources: Sequence[str],
    *,
    data_dir: str | Path,
    extractor: Callable[[], Any],
    store_spec: str = "memory",
    since: date | None = None,
    limit: int | None = None,
    progress: Progress = _quiet,
) -> FollowReport:
    """Ingest the new entries of ``sources``; ``extractor()`` is called only if any is new."""
    report = FollowReport()
    seen = feeds.SeenSet(data_dir)
    entries = _entries(sources, report)
    report.entries = len(entries)
    fresh = []
    for entry in entries:
        if entry.key in seen:
            continue
        if since and entry.published and entry.published < since:
            report.skipped.append(f"{entry.link}: published {entry.published}, before --since")
            continue
        fresh.append(entry)
    if limit is not None and len(fresh) > limit:
        report.waiting = len(fresh) - limit
        fresh = fresh[:limit]
    report.new = len(fresh)
    if not fresh:
        return report
    read = _read_entries(fresh, report, progress)
    verdicts = ArticleIndex.load(data_dir).sort([article for _, article in read])
    wanted: list[tuple[feeds.Entry, Verdict]] = []
    for (entry, _), verdict in zip(read, verdicts, strict=True):
        if verdict.wanted:
            wanted.append((entry, verdict))
        else:
            report.skipped.append(verdict.reason)
            seen.add(entry, verdict.known)
    if wanted:
        from graph.ingest import counts  # the store, SHACL and the model: only for new articles

        done = _ingest([v.article for _, v in wanted], extractor(), data_dir, store_spec, progress)
        for entry, verdict in wanted:
            outcome = done.get(verdict.article.id)
            if isinstance(outcome, Extraction):
                report.added.append((verdict.article.id, counts(outcome)))
                seen.add(entry, verdict.article.id)
            else:
                report.failed.append(f"{entry.link}: {outcome}")
    seen.save()
    return report


def _entries(sources: Sequence[str], report: FollowReport) -> list[feeds.Entry]:
    """Every entry of every feed, once; a feed that cannot be read is a failure line."""
    found: list[feeds.Entry] = []
    for source in sources:
        try:
            data, base = feeds.read_source_bytes(source)
            listed = feeds.feed_sources(source, data, base)
        except GraphError as exc:
            report.failed.append(str(exc))
            continue
        for feed in listed:
            try:
                if feed != source:
                    data, base = feeds.read_source_bytes(feed)
                found.extend(feeds.feed_entries(feed, data, base))
                report.feeds += 1
            except GraphError as exc:
                report.failed.append(str(exc))
    return feeds.dedupe(found)


def _read_entries(
    entries: Sequence[feeds.Entry], report: FollowReport, progress: Progress
) -> list[tuple[feeds.Entry, Article]]:
    """Each entry's article (the feed's title and date fill what the page does not say)."""
    read = []
    for entry in progress(entries, len(entries), "fetch"):
        try:
            article = read_source(entry.link)
        except GraphError as exc:
            report.failed.append(str(exc))
            continue
        if not article.title and entry.title:
            article = dataclasses.replace(article, title=entry.title)
        if not article.published.known and entry.published:
            article = dataclasses.replace(article, published=DateValue(entry.published, "stated"))
        read.append((entry, article))
    return read


def _ingest(
    articles: Sequence[Article],
    extractor: Any,
    data_dir: str | Path,
    store_spec: str,
    progress: Progress,
) -> dict[str, Extraction | str]:
    """Extract the articles and ingest them as one batch; a batch that fails is split in halves
    until the failing articles stand alone. Each article id -> its extraction, or why it failed."""
    from graph.ingest import ingest_extractions
    from graph.store import open_store

    registry_ids = frozenset(a.id for a in getattr(extractor, "registry", ()))
    outcome: dict[str, Extraction | str] = {}

    def store(batch: Sequence[Extraction]) -> None:
        try:
            ingest_extractions(
                batch,
                data_dir=Path(data_dir),
                registry_ids=registry_ids,
                store_spec=store_spec,
                store=target,
                progress=progress,
            )
        except (ValidationFailed, ArticleError) as exc:
            if len(batch) == 1:
                outcome[batch[0].article.id] = str(exc)
                return
            half = len(batch) // 2
            store(batch[:half])
            store(batch[half:])
            return
        except GraphError as exc:  # the store or the lock: the same for every article
            outcome.update({r.article.id: str(exc) for r in batch})
            return
        outcome.update({r.article.id: r for r in batch})

    target = None  # opened once for all batches (the memory store: the snapshot, read each time)
    try:
        if store_spec != "memory":
            target = open_store(store_spec, data_dir=data_dir, create=True)
        store(list(progress(extractor.many(articles), len(articles), "extract")))
    except GraphError as exc:  # the store could not be opened
        return {a.id: outcome.get(a.id, str(exc)) for a in articles}
    finally:
        if target is not None:
            target.close()
    return outcome
