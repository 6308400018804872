"""Run the ``stancegraph`` command with pauses at the steps of a data-folder transaction.

Used by tests/test_reliability.py as a subprocess, so that a test can SIGKILL it at a chosen
step (a temporary file just written, the journal just written, half the renames done) instead of
at a moment that depends on the machine's speed. Nothing here changes what the steps do:

- ``SG_TEST_PAUSE`` seconds of sleep after each file the transaction creates and each rename;
- ``SG_TEST_GATE``: a file; while it exists, the process holds the data folder's lock before any
  write (at most a minute), so a test decides when it lets go;
- the registry-only pipeline (no language model to load: the subprocess starts in a second).

Usage: python tests/crash_runner.py STANCEGRAPH-ARGS...
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph import transaction
from graph.cli import main
from graph.extract import nlp

PAUSE = float(os.environ.get("SG_TEST_PAUSE", "0"))
GATE = os.environ.get("SG_TEST_GATE")

_write_new = transaction._write_new
_replace = os.replace
_recover = transaction.recover


def _slow_write_new(path: Path, data: bytes, *, sync: bool = True) -> None:
    _write_new(path, data, sync=sync)
    time.sleep(PAUSE)


def _slow_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    _replace(src, dst)
    time.sleep(PAUSE)


def _holding_recover(data_dir: str | Path) -> None:
    _recover(data_dir)
    deadline = time.monotonic() + 60
    while GATE and Path(GATE).exists() and time.monotonic() < deadline:
        time.sleep(0.02)


if __name__ == "__main__":
    # Patched only when run: pytest's --doctest-modules imports this file too, and must not
    # lose the language model or the real os.replace for the rest of the session.
    nlp.MODEL_PACKAGES = ()  # load_pipeline falls back to the registry-only pipeline
    transaction._write_new = _slow_write_new
    transaction.recover = _holding_recover
    os.replace = _slow_replace
    sys.exit(main(sys.argv[1:]))
