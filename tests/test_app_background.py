"""The app's background work gives way to pages: it runs at the lowest thread priority and holds
its next item while a page is being drawn (pages_app/background.py)."""

from __future__ import annotations

import os
import sys
import threading
import time

import pytest

from pages_app import background


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="nice per thread is Linux's")
def test_background_thread_runs_at_the_lowest_priority() -> None:
    seen: list[int] = []
    background.start(
        "test-bg", lambda: seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))
    ).join(5)
    assert seen == [background.NICE]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) != background.NICE


def test_next_item_waits_while_a_page_is_drawn() -> None:
    done: list[float] = []

    def work() -> None:
        background.give_way()
        done.append(time.monotonic())

    with background.drawing():
        thread = background.start("test-bg", work)
        time.sleep(0.3)
        assert done == []  # held while the page is drawn
        with background.waiting():  # the page waits for it: it goes on
            thread.join(5)
        assert len(done) == 1
    thread = background.start("test-bg", work)
    thread.join(5)
    assert len(done) == 2  # no page drawn: no wait
