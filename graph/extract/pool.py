"""Extraction in forked worker processes, while the caller does the rest of the work.

``ExtractionPool`` forks its workers from a process whose ``Extractor`` is already loaded, so
they share the language pipeline's memory (copy-on-write) and load nothing themselves. Articles
go to the workers in turn; ``results`` gives each article's extraction back in the order the
articles were given, as soon as it is ready, so the caller can fetch the next pages, and turn
the extractions already back into graphs, while the workers parse. A worker parses whatever has
queued up since its last batch together (``Extractor.many``), so batches grow with the backlog.

An article whose extraction raises comes back as the one-line reason instead. Workers ignore
Ctrl-C: the caller is interrupted, and ``close`` (always call it) stops them.
"""

from __future__ import annotations

import gc
import multiprocessing
import queue
import signal
from collections import deque
from collections.abc import Iterator
from typing import Any

from graph.errors import ExtractionFault, GraphError
from graph.model import Article, Extraction

__all__ = ["ExtractionPool"]

BATCH_CHARS = 40_000
"""At most this much text (as many articles as have queued) is parsed in one batch."""


class ExtractionPool:
    """``workers`` forked processes running ``extractor`` (an ``Extractor``) on articles."""

    def __init__(self, extractor: Any, workers: int = 1) -> None:
        context = multiprocessing.get_context("fork")
        self._jobs: list[Any] = []
        self._done: list[Any] = []
        self._procs: list[Any] = []
        for _ in range(max(1, workers)):
            jobs, done = context.Queue(), context.Queue()  # fed by threads: a put never blocks
            proc = context.Process(target=_work, args=(extractor, jobs, done), daemon=True)
            self._jobs.append(jobs)
            self._done.append(done)
            self._procs.append(proc)
        # The loaded model's objects are set aside from the collector while forking, so that a
        # worker's collections neither walk them nor copy their pages (copy-on-write).
        gc.freeze()
        try:
            for proc in self._procs:  # all forked before any queue is used
                proc.start()
        except BaseException:
            for proc in self._procs:
                if proc.pid is not None:
                    proc.terminate()
                    proc.join()
            raise
        finally:
            gc.unfreeze()
        self._pending: deque[tuple[int, Article]] = deque()
        self._turn = 0

    def submit(self, article: Article) -> None:
        """Queue ``article`` for the next worker in turn."""
        worker = self._turn % len(self._procs)
        self._turn += 1
        self._jobs[worker].put(article)
        self._pending.append((worker, article))

    def results(self) -> Iterator[tuple[Article, Extraction | str]]:
        """Each submitted article with its extraction (or why it failed), in order."""
        while self._pending:
            yield self.next()

    def next(self) -> tuple[Article, Extraction | str]:
        """The next submitted article and its extraction, waiting for it."""
        worker, article = self._pending.popleft()
        done, proc = self._done[worker], self._procs[worker]
        while True:
            try:
                return article, done.get(timeout=1.0)
            except queue.Empty:
                if not proc.is_alive():
                    raise GraphError(
                        f"the extraction worker stopped (exit code {proc.exitcode})"
                    ) from None

    def close(self) -> None:
        """Stop the workers: those idle at once, a busy one without waiting for it."""
        for jobs, proc in zip(self._jobs, self._procs, strict=True):
            if proc.is_alive() and not self._pending:
                jobs.put(None)
        for proc in self._procs:
            proc.join(timeout=2 if not self._pending else 0)
            if proc.is_alive():
                proc.terminate()
                proc.join()
        for jobs in self._jobs:  # what a stopped worker never read must not hold up our exit
            jobs.cancel_join_thread()
            jobs.close()
        self._pending.clear()


def _work(extractor: Any, jobs: Any, done: Any) -> None:
    """A worker's loop: take what has queued (at least one article), extract, send back."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        first = jobs.get()
        if first is None:
            return
        batch, size = [first], len(first.text)
        while size < BATCH_CHARS and not jobs.empty():
            article = jobs.get()
            if article is None:
                jobs.put(None)  # seen again after this batch
                break
            batch.append(article)
            size += len(article.text)
        sent = 0
        try:
            for extraction in extractor.many(batch):
                done.put(extraction)
                sent += 1
        except Exception:  # retried one by one below: each failure becomes its reason
            for article in batch[sent:]:
                done.put(_one(extractor, article))


def _one(extractor: Any, article: Article) -> Extraction | str:
    try:
        return extractor(article)
    except ExtractionFault as exc:  # one article fails, the rest go on
        return str(exc)
    except Exception as exc:
        return f"{article.id}: extraction failed ({type(exc).__name__}: {exc})"
