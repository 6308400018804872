"""Following feeds: read the entries not seen before, keep each new article once, ingest them.

A run reads every feed (an OPML file stands for the feeds it lists), drops the entries already in
the seen-set, those older than ``since`` and those past ``limit`` (they wait for the next run),
reads each remaining entry's page, and ingests the articles the data folder does not hold yet
(``graph.identity``). An entry or a feed that fails is one line in the report and is skipped;
it is not remembered, so the next run tries it again. Nothing is extracted, and the language
model is not even loaded, when there is nothing new.

The work overlaps on the machine's cores: at the first new article the model is loaded and an
extraction worker forked (``graph.extract.pool``); it extracts while this process reads the
next pages, then turns each extraction into its graph as it comes back. The batch is still
validated and written as one transaction under the data folder's lock, taken only then: if a
build or another ingest changed the folder meanwhile, the batch is prepared again under it.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph import feeds
from graph.errors import ArticleError, ExtractionFault, GraphError, ValidationFailed
from graph.identity import ArticleIndex, Verdict
from graph.model import Article, DateValue, Extraction
from graph.web import read_source

if TYPE_CHECKING:
    from graph.ingest import Prepared

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
    workers: int | None = None,
) -> FollowReport:
    """Ingest the new entries of ``sources``; ``extractor()`` is called only if any is new.

    ``workers``: extraction processes beside this one (0: extract here, after every page is
    read); by default ``default_workers``.
    """
    report = FollowReport()
    seen = feeds.SeenSet(data_dir)
    fresh = _fresh(_entries(sources, report), seen, since, limit, report)
    if not fresh:
        return report
    if workers is None:
        workers = default_workers(len(fresh))
    index = ArticleIndex.load(data_dir)
    wanted: list[tuple[feeds.Entry, Verdict]] = []
    with _Extraction(extractor, workers) as work:
        for entry, article in _read_entries(fresh, report, progress):
            verdict = index.classify(article)
            if not verdict.wanted:
                report.skipped.append(verdict.reason)
                seen.add(entry, verdict.known)
                continue
            index.add(verdict.article)
            work.submit(verdict.article)
            wanted.append((entry, verdict))
        if wanted:
            done = _ingest(work, [v.article for _, v in wanted], data_dir, store_spec, progress)
    if wanted:
        from graph.ingest import counts

        for entry, verdict in wanted:
            outcome = done.get(verdict.article.id)
            if isinstance(outcome, Extraction):
                report.added.append((verdict.article.id, counts(outcome)))
                seen.add(entry, verdict.article.id)
            else:
                report.failed.append(f"{entry.link}: {outcome}")
    seen.save()
    return report


SMALL_RUN = 2
"""New entries a run extracts in this process, without forking a worker."""

PER_WORKER = 8
"""Fewer new entries than this per worker do not pay for forking it."""


def default_workers(entries: int, cpus: int | None = None) -> int:
    """Extraction workers for a run of ``entries`` new entries on ``cpus`` usable cores: none
    for a run of one or two; else one per core but the one this process needs (this process
    does about half the work of one worker: pages, graphs, validation, the write), two on two
    cores (three processes there beat two), at least one.

    >>> [default_workers(n, 2) for n in (1, 2, 3, 12, 200)], default_workers(200, 8)
    ([0, 0, 1, 2, 2], 7)
    """
    if entries <= SMALL_RUN:
        return 0
    if cpus is None:
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    wanted = cpus if cpus <= 2 else cpus - 1
    return max(1, min(wanted, -(-entries // PER_WORKER)))


def _fresh(
    entries: list[feeds.Entry],
    seen: feeds.SeenSet,
    since: date | None,
    limit: int | None,
    report: FollowReport,
) -> list[feeds.Entry]:
    """The entries not seen before and not before ``since``, at most ``limit`` of them."""
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
    return fresh


class _Extraction:
    """The articles to extract: sent to a worker process as they come (the model is loaded and
    the worker forked at the first), or, with no worker, extracted here all at once."""

    def __init__(self, extractor: Callable[[], Any], workers: int) -> None:
        self._load = extractor
        self._workers = workers
        self.extractor: Any = None
        self._pool: Any = None
        self._here: list[Article] = []

    def submit(self, article: Article) -> None:
        if self.extractor is None:
            self.extractor = self._load()
            if self._workers:
                from graph.extract.pool import ExtractionPool

                try:
                    self._pool = ExtractionPool(self.extractor, self._workers)
                except OSError:  # no fork to be had (memory, process limits): extract here
                    self._pool = None
        if self._pool is not None:
            self._pool.submit(article)
        else:
            self._here.append(article)

    def results(self) -> Iterator[tuple[Article, Extraction | str]]:
        """Each article submitted and its extraction (or why it failed), in order."""
        if self._pool is not None:
            yield from self._pool.results()
            return
        pending, self._here = self._here, []
        while pending:
            done = 0
            try:
                for extraction in self.extractor.many(pending):
                    yield pending[done], extraction
                    done += 1
                return
            except ExtractionFault as exc:  # that article fails; the rest go on in a batch
                yield pending[done], str(exc)
                pending = pending[done + 1 :]

    def __enter__(self) -> _Extraction:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.close()


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
) -> Iterator[tuple[feeds.Entry, Article]]:
    """Each entry's article, as it is read (the feed's title and date fill what the page does
    not say); an entry that cannot be read is a failure line."""
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
        yield entry, article


def _ingest(
    work: _Extraction,
    articles: Sequence[Article],
    data_dir: str | Path,
    store_spec: str,
    progress: Progress,
) -> dict[str, Extraction | str]:
    """Ingest the articles as one batch, each turned into its graph as its extraction comes back;
    a batch that fails is split in halves until the failing articles stand alone. Each article
    id -> its extraction, or why it failed."""
    from graph.ingest import ingest_extractions

    registry_ids = frozenset(a.id for a in getattr(work.extractor, "registry", ()))
    outcome: dict[str, Extraction | str] = {}

    def store(batch: Sequence[Extraction], prepared: Prepared | None = None) -> None:
        try:
            ingest_extractions(
                batch,
                data_dir=Path(data_dir),
                registry_ids=registry_ids,
                store_spec=store_spec,
                store=target,
                progress=progress,
                prepared=prepared,
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

    target = None  # opened once for all batches (the memory store: its snapshot, checked)
    try:
        target = _open_store(store_spec, data_dir)
        extractions, prepared = _prepare(work, articles, target, data_dir, registry_ids, progress)
        outcome.update({a.id: r for a, r in extractions if isinstance(r, str)})
        good = [r for _, r in extractions if not isinstance(r, str)]
        if prepared is None and len(good) > 1:  # the whole batch failed validation: halves
            store(good[: len(good) // 2])
            store(good[len(good) // 2 :])
        elif good:
            store(good, prepared)
    except GraphError as exc:  # the store could not be opened
        return {a.id: outcome.get(a.id, str(exc)) for a in articles}
    finally:
        if target is not None:
            target.close()
    return outcome


def _open_store(store_spec: str, data_dir: str | Path) -> Any:
    """The store to ingest into; the memory store: the snapshot as it is now (checked later)."""
    from graph.store import open_store
    from graph.store.memory import MemoryStore

    if store_spec == "memory":
        return MemoryStore.from_build(Path(data_dir), create=True)
    return open_store(store_spec, data_dir=data_dir, create=True)


def _prepare(
    work: _Extraction,
    articles: Sequence[Article],
    target: Any,
    data_dir: str | Path,
    registry_ids: frozenset[str],
    progress: Progress,
) -> tuple[list[tuple[Article, Extraction | str]], Prepared | None]:
    """Every extraction as it comes back, and the batch's graphs made from them meanwhile
    (None if the batch fails validation: it is then split as ``ingest_extractions`` goes)."""
    from graph import dataset, transaction
    from graph.ingest import Prepared

    state = transaction.folder_state(data_dir)
    now = datetime.now(UTC).replace(microsecond=0)
    came: list[tuple[Article, Extraction | str]] = []

    def stream() -> Iterator[Extraction]:
        for article, result in progress(work.results(), len(articles), "extract"):
            came.append((article, result))
            if not isinstance(result, str):
                yield result

    results = stream()
    try:
        graphs = dataset.prepare(
            target,
            results,
            generated_at=now,
            registry_ids=registry_ids,
            article_ids=[a.id for a in articles],
        )
    except (ValidationFailed, ArticleError):
        graphs = None
    for _ in results:  # the rest, if preparing stopped early
        pass
    return came, (Prepared(state, graphs, now) if graphs is not None else None)
