"""The app's work behind the pages (the first answers' warm-up, the next generation's answers
after an added article, the replay's days) gives way to the pages being drawn.

A page drawn while a background thread measures the network's days shares the process's CPU
time and interpreter lock with it: at 100k statements on two busy cores that made the busiest
actor's first visit half again as long. So a background thread runs at the lowest scheduling
priority (Linux keeps a nice value per thread; elsewhere it runs as before) and, between two
items of its work, waits while any page of any session is being drawn (``give_way``). It never
waits in the middle of an item, so a page asking for an answer a background thread is
computing (the cache lets one thread compute it) waits for that item alone.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator

__all__ = ["NICE", "drawing", "give_way", "start", "waiting"]

NICE = 19
"""The background threads' nice value (19: run only when nothing else of the app wants to)."""
PAUSE_MOST = 30.0
"""Seconds a background thread waits for pages at most before its next item (pages being drawn
without end must not starve it)."""

_lock = threading.Lock()
_pages = [0]
_quiet = threading.Event()
_quiet.set()


def _count(step: int) -> None:
    with _lock:
        _pages[0] += step
        if _pages[0] > 0:
            _quiet.clear()
        else:
            _quiet.set()


@contextlib.contextmanager
def drawing() -> Iterator[None]:
    """Around a page's run: background threads hold their next item until it is drawn."""
    _count(1)
    try:
        yield
    finally:
        _count(-1)


@contextlib.contextmanager
def waiting() -> Iterator[None]:
    """Inside ``drawing``, while the page waits for background work: that work may go on."""
    _count(-1)
    try:
        yield
    finally:
        _count(1)


def give_way(most: float = PAUSE_MOST) -> None:
    """Wait while a page is being drawn (at most ``most`` seconds): between background items."""
    _quiet.wait(most)


def start(name: str, work: Callable[[], None]) -> threading.Thread:
    """Run ``work`` in a daemon thread called ``name``, at the background priority."""

    def run() -> None:
        _lower_priority()
        work()

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def _lower_priority() -> None:
    """This thread's nice value to ``NICE`` (Linux: per thread; a no-op where unsupported)."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)
