"""Shared fixtures: the seed data built once per session, and the same graph in every backend.

Building runs SHACL validation, the slow part, so it happens once; each backend is filled from
that one build. The ``sparql`` backend talks to a small SPARQL 1.1 endpoint served from an
in-memory Oxigraph store on localhost, so the remote code path runs without a network.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox
import pytest

from graph import dataset
from graph.store import Store, open_store

REPO = Path(__file__).resolve().parent.parent
BACKENDS = ("memory", "oxigraph", "sparql")


def copy_data(target: Path) -> Path:
    """A private copy of the repository's data folder (sources only, no build)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("actors.ttl",):
        shutil.copy(REPO / "data" / name, target / name)
    for folder in ("articles", "annotations"):
        shutil.copytree(REPO / "data" / folder, target / folder)
    return target


@pytest.fixture(scope="session")
def seed_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_data(tmp_path_factory.mktemp("seed") / "data")


@pytest.fixture(scope="session")
def seed_build(seed_data: Path) -> dataset.BuildReport:
    return dataset.build(seed_data)


@pytest.fixture(scope="session")
def memory_store(seed_build: dataset.BuildReport, seed_data: Path) -> Iterator[Store]:
    store = open_store("memory", data_dir=seed_data)
    yield store
    store.close()


@pytest.fixture(scope="session")
def oxigraph_store(
    memory_store: Store, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("ox") / "kg"
    store = open_store(f"oxigraph:{path}", create=True)
    dataset.sync_store(store, memory_store.dataset())
    yield store
    store.close()


class _Endpoint(BaseHTTPRequestHandler):
    """A minimal SPARQL 1.1 protocol endpoint over an Oxigraph store (union default graph)."""

    store: ox.Store

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def do_GET(self) -> None:
        params = parse_qs(urlparse(self.path).query)
        self._answer(params)

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        if self.headers.get("Content-Type", "").startswith("application/sparql-query"):
            params = {"query": [body]}
        elif self.headers.get("Content-Type", "").startswith("application/sparql-update"):
            params = {"update": [body]}
        else:
            params = parse_qs(body)
        self._answer(params)

    def _answer(self, params: dict[str, list[str]]) -> None:
        try:
            if "update" in params:
                self.store.update(params["update"][0])
                self._send(204, b"", "text/plain")
                return
            result = self.store.query(params["query"][0], use_default_graph_as_union=True)
            if isinstance(result, ox.QueryTriples):
                body = result.serialize(format=ox.RdfFormat.N_TRIPLES)
                self._send(200, body, "application/n-triples")
            else:
                body = result.serialize(format=ox.QueryResultsFormat.JSON)
                self._send(200, body, "application/sparql-results+json")
        except (SyntaxError, OSError, ValueError) as exc:
            self._send(400, str(exc).encode(), "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_sparql() -> Iterator[str]:
    """``QUERY_URL;UPDATE_URL`` of a local endpoint backed by a fresh in-memory Oxigraph store."""
    handler = type("Handler", (_Endpoint,), {"store": ox.Store()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield f"{base}/query;{base}/update"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def sparql_endpoint() -> Iterator[str]:
    with serve_sparql() as endpoint:
        yield endpoint


@pytest.fixture(scope="session")
def sparql_store(memory_store: Store, sparql_endpoint: str) -> Iterator[Store]:
    store = open_store(f"sparql:{sparql_endpoint}")
    dataset.sync_store(store, memory_store.dataset())
    yield store
    store.close()


@pytest.fixture(scope="session", params=BACKENDS)
def store(request: pytest.FixtureRequest) -> Store:
    """The seed graph in each backend; tests using it run once per backend."""
    return request.getfixturevalue(f"{request.param}_store")
