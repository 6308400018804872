"""Shared fixtures: the seed data built once per session, and the same graph in every backend.

Building runs SHACL validation, the slow part, so it happens once; each backend is filled from
that one build. The ``sparql`` backend talks to a real Oxigraph server (the PyPI ``oxigraph`` package, pinned in
the dev extra) started on a free 127.0.0.1 port, so the remote code path runs without a network.
The ``oxigraph`` backend is the default store: the built snapshot mirrored in an Oxigraph folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from graph import dataset
from graph.store import Store, open_store
from graph.store.server import serve

if TYPE_CHECKING:
    from graph.extract import Extractor

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
    seed_build: dataset.BuildReport, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    # The default store: the built snapshot mirrored in DATA/build/oxigraph.
    data = copy_data(tmp_path_factory.mktemp("ox") / "data")
    shutil.copytree(seed_build.path.parent, data / "build")
    store = open_store("oxigraph", data_dir=data)
    yield store
    store.close()


@contextmanager
def serve_sparql() -> Iterator[str]:
    """``QUERY_URL;UPDATE_URL`` of a real Oxigraph server (in memory) on a free loopback port."""
    with serve() as endpoint:
        yield endpoint


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


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One extractor (spaCy pipeline, registry, models) shared by every extraction test; spaCy
    is imported only when a test asks for it."""
    from graph import extract

    return extract.Extractor()
