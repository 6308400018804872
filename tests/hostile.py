"""A data folder holding an article whose metadata and speaker name are attack payloads.

Shared by the AppTest (tests/test_app_untrusted.py) and real-browser (tests/test_browser.py)
checks that untrusted text stays inert in the app.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from graph import dataset
from graph.corpus import parse_metadata
from graph.extract import Extractor
from graph.ingest import ingest_extractions
from graph.registry import load_registry
from tests.conftest import REPO, copy_data

PAYLOADS = {
    "title": "[click](javascript:alert(1)) **bold** <img src=x onerror=alert(1)>",
    "outlet": "__Outlet__ :red[alarm] $x^2$ <b>loud</b> &amp; www.evil.example",
    "url": "javascript:alert(document.cookie)",
    "speaker": "**Vera** [Lind](javascript:alert(2)) <script>alert(3)</script>",
}
ARTICLE_ID = "hostile-meta"
# Written for these tests, about nobody real.
TEXT = (
    "“We will publish every count by Friday,” said Vera Lind, the regional election officer.\n"
    "Opposition spokesman Karl Rhee said that the count had been fair.\n"
)


def hostile_data(folder: Path, *, alone: bool = False) -> Path:
    """Build ``folder`` (the seed data, or with ``alone`` only the registry) plus the article."""
    if alone:
        folder.mkdir(parents=True)
        shutil.copy(REPO / "data" / "actors.ttl", folder / "actors.ttl")
    else:
        copy_data(folder)
    dataset.build(folder)
    registry = load_registry(folder / "actors.ttl")
    meta = {
        "title": PAYLOADS["title"],
        "outlet": PAYLOADS["outlet"],
        "url": PAYLOADS["url"],
        "published": "2025-01-10",
    }
    result = Extractor(registry)(parse_metadata(TEXT, meta, default_id=ARTICLE_ID))
    quote = next(q for q in result.quotes if "publish every count" in q.text)
    actors = tuple(
        dataclasses.replace(a, name=PAYLOADS["speaker"]) if a.id == quote.speaker else a
        for a in result.actors
    )
    ingest_extractions(
        [dataclasses.replace(result, actors=actors)],
        data_dir=folder,
        registry_ids=[a.id for a in registry],
        store_spec="memory",
    )
    return folder
