"""Nothing lost under crashes and concurrent writers; every hostile file refused in one line.

The crash tests run a real ``stancegraph ingest`` as a subprocess (tests/crash_runner.py, which
only adds pauses at the transaction's steps) and SIGKILL it at a chosen step; then the data
folder, once recovered, must be wholly before or wholly after the ingest, and a rebuild must
change nothing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from graph import dataset, transaction
from graph.cli import main
from graph.store.memory import build_path
from tests.conftest import copy_data

RUNNER = Path(__file__).resolve().parent / "crash_runner.py"
OWNED = ("", "articles", "ingested", "build")

# Written for these tests, about nobody real.
ARTICLES = {
    "harbour-vote": (
        "“The harbour deal must be put to a vote,” said councillor Mara Lindqvist on Tuesday.\n"
        "Port director Tomas Eriksen said the contract was signed in good faith.\n"
    ),
    "school-meals": (
        "“Every child deserves a hot lunch,” education minister Paula Brandt told reporters.\n"
        "Opposition leader Felix Haas said the plan had no funding.\n"
    ),
    "river-bridge": (
        "“We will not approve the bridge this year,” mayor Ines Kowalski said on Monday.\n"
        "Engineers warned that the old crossing was unsafe.\n"
    ),
    "night-trains": (
        "Transport minister Lars Dahl said that night trains would return in spring.\n"
        "“It is a waste of public money,” replied senator Olga Berg.\n"
    ),
}


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    folder = copy_data(tmp_path / "data")
    dataset.build(folder)
    return folder


@pytest.fixture()
def sources(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    paths = {}
    for name, text in ARTICLES.items():
        paths[name] = folder / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
        (folder / f"{name}.json").write_text(json.dumps({"published": "2025-03-04"}), "utf-8")
    return paths


def _run(data: Path, *args: str, pause: float = 0.0, gate: Path | None = None) -> subprocess.Popen:
    env = {**os.environ, "SG_TEST_PAUSE": str(pause), "STANCEGRAPH_STORE": "memory"}
    if gate is not None:
        gate.touch()
        env["SG_TEST_GATE"] = str(gate)
    return subprocess.Popen(
        [sys.executable, str(RUNNER), "--data", str(data), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_holder(data: Path) -> None:
    """Until a writer holds the lock (it writes who it is into the lock file)."""
    lock = data / transaction.LOCK_NAME
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if lock.exists() and lock.read_text(encoding="utf-8"):
            return
        time.sleep(0.02)
    pytest.fail("no writer took the lock")


def _temps(data: Path) -> list[Path]:
    found = []
    for name in OWNED:
        folder = data / name
        if folder.is_dir():
            found += [p for p in folder.iterdir() if transaction.is_temp_name(p.name)]
    return found


def _kill_when(proc: subprocess.Popen, ready: Callable[[], bool], limit: float = 30.0) -> None:
    """SIGKILL ``proc`` the moment ``ready()`` holds; fail if it finishes first."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return
        if proc.poll() is not None:
            pytest.fail(f"finished before the moment to kill it: {proc.communicate()}")
        time.sleep(0.002)
    proc.kill()
    pytest.fail("the moment to kill never came")


def _snapshot(data: Path) -> Dataset:
    ds = Dataset()
    ds.parse(build_path(data), format="trig")
    return ds


def _same(a: Dataset, b: Dataset) -> bool:
    names = {g.identifier for g in a.graphs() if len(g)}
    if names != {g.identifier for g in b.graphs() if len(g)}:
        return False
    return all(isomorphic(a.graph(n), b.graph(n)) for n in names)


def _state(data: Path, article_id: str) -> tuple[bool, bool, bool, bool]:
    """Whether the article is in: the texts, the sidecars, the ingested graphs, the snapshot."""
    trig = build_path(data).read_text(encoding="utf-8")
    return (
        (data / "articles" / f"{article_id}.txt").exists(),
        (data / "articles" / f"{article_id}.json").exists(),
        (data / "ingested" / f"{article_id}.ttl").exists(),
        f"/graph/article/{article_id}>" in trig,
    )


def _check_after_kill(data: Path, article_id: str, landed: bool) -> None:
    with transaction.locked(data):  # what the next writer does first
        pass
    assert _temps(data) == [] and not (data / transaction.JOURNAL_NAME).exists()
    assert _state(data, article_id) == (landed,) * 4


def test_sigkill_at_every_step_leaves_all_or_nothing(data: Path, sources: dict[str, Path]) -> None:
    journal = data / transaction.JOURNAL_NAME
    moments: list[tuple[str, Callable[[], bool], bool]] = [
        # the instant the first temporary file appears: nothing committed yet
        ("harbour-vote", lambda: bool(_temps(data)) and not journal.exists(), False),
        # the journal (the commit point) just written, no rename done
        ("school-meals", journal.exists, True),
        # half the renames done
        (
            "river-bridge",
            lambda: journal.exists() and (data / "articles" / "river-bridge.txt").exists(),
            True,
        ),
    ]
    for article_id, ready, landed in moments:
        proc = _run(data, "ingest", str(sources[article_id]), pause=0.15)
        _kill_when(proc, ready)
        _check_after_kill(data, article_id, landed)
    # Once per test (a build validates everything: seconds): the folder the kills left, once
    # recovered, is what a rebuild from its sources gives.
    before = _snapshot(data)
    dataset.build(data)
    assert _same(before, _snapshot(data)), "a rebuild after recovery changed the graph"
    assert _temps(data) == []


def test_stale_temp_files_are_removed_by_build(data: Path) -> None:
    stale = [
        data / "articles" / ".x.txt.0123456789abcdef.tmp",
        data / "ingested" / ".x.ttl.k3j_9a2b.tmp",  # the name tempfile.mkstemp used to give
        data / "build" / ".kg.trig.fedcba9876543210.tmp",
    ]
    for path in stale:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"partial")
    keep = data / "articles" / "notes.tmp"  # not one of ours
    keep.write_bytes(b"mine")
    assert main(["--data", str(data), "--store", "memory", "build"]) == 0
    assert not any(p.exists() for p in stale) and keep.exists()


def test_concurrent_ingests_all_land(data: Path, sources: dict[str, Path], tmp_path: Path) -> None:
    gate = tmp_path / "gate"
    first = _run(data, "ingest", str(sources["harbour-vote"]), gate=gate)
    _wait_for_holder(data)
    second = _run(data, "ingest", str(sources["school-meals"]))
    assert second.stderr is not None
    told = ""
    while "waiting for" not in told:  # blocks until the second writer says it waits
        line = second.stderr.readline()
        assert line, f"the second ingest ended without waiting: {second.communicate()}"
        told = line
    gate.unlink()
    results = [first.communicate(timeout=60), second.communicate(timeout=60)]
    assert (first.returncode, second.returncode) == (0, 0), results
    assert "waiting for" in told and f"pid {first.pid}" in told and "ingest" in told
    for article_id in ("harbour-vote", "school-meals"):
        assert _state(data, article_id) == (True, True, True, True)


def test_a_busy_data_folder_is_refused_in_one_line(
    data: Path, sources: dict[str, Path], tmp_path: Path
) -> None:
    gate = tmp_path / "gate"
    holder = _run(data, "ingest", str(sources["harbour-vote"]), gate=gate)
    try:
        _wait_for_holder(data)
        before = build_path(data).read_bytes()
        # Readers take no lock: a query answers while the writer holds the folder.
        assert main(["--data", str(data), "--store", "memory", "who-said"]) == 0
        assert holder.poll() is None  # answered while the writer still held the lock
        args = ["--data", str(data), "ingest", str(sources["school-meals"])]
        waiter = subprocess.run(
            [sys.executable, str(RUNNER), *args],
            env={**os.environ, "STANCEGRAPH_LOCK_TIMEOUT": "0.5", "STANCEGRAPH_STORE": "memory"},
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        gate.unlink()
        holder.communicate(timeout=60)
    assert waiter.returncode == 1 and "Traceback" not in waiter.stderr
    last = waiter.stderr.strip().splitlines()[-1]
    assert "is busy" in last and f"pid {holder.pid}" in last, last
    assert _state(data, "school-meals") == (False, False, False, False)
    assert holder.returncode == 0 and build_path(data).read_bytes() != before


def test_files_keep_the_umask(data: Path, sources: dict[str, Path]) -> None:
    old = os.umask(0o022)
    try:
        assert main(["--data", str(data), "--store", "memory", "build"]) == 0
        transaction.write_atomic(data / "articles" / "x.txt", b"x")
    finally:
        os.umask(old)
    for path in (build_path(data), data / "articles" / "x.txt"):
        assert path.stat().st_mode & 0o777 == 0o644, path
