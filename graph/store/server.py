"""A local Oxigraph server (the PyPI ``oxigraph`` package's binary) for the ``sparql:`` store.

Used by the tests and the scale benchmark, and handy by hand: it starts
``oxigraph serve --union-default-graph`` on a free 127.0.0.1 port, waits until it answers, and
gives the ``QUERY_URL;UPDATE_URL`` that ``sparql:`` takes. Nothing here reaches past loopback.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.error import URLError

from graph.errors import StoreError

__all__ = ["free_port", "oxigraph_binary", "serve"]


def oxigraph_binary() -> str:
    """The ``oxigraph`` command of this environment (``pip install oxigraph``)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise StoreError(
            "no `oxigraph` command; install the server: pip install 'oxigraph==0.5.13'"
        )
    return found


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(location: Path | None = None, *, timeout: float = 20.0) -> Iterator[str]:
    """Run an Oxigraph server over ``location`` (in memory when None) until the block ends.

    Yields ``http://127.0.0.1:PORT/query;http://127.0.0.1:PORT/update``.
    """
    port = free_port()
    args = [oxigraph_binary(), "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    if location is not None:
        args += ["--location", str(location)]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(proc, f"{base}/query?query=ASK%7B%7D", timeout)
        yield f"{base}/query;{base}/update"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


def _wait_ready(proc: subprocess.Popen[bytes], url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise StoreError(f"the Oxigraph server stopped at start: {err.strip()[:200]}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except (URLError, OSError):
            time.sleep(0.05)
    raise StoreError(f"the Oxigraph server did not answer within {timeout:.0f} s")
