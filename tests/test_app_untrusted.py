"""Untrusted text is inert in the app: titles, outlets, URLs, actor names and quotes that look
like markdown or HTML are displayed as the text they are.

An article whose metadata and actor names are attack payloads is ingested; every page that
shows them is rendered headlessly (AppTest), and every markdown string the app hands to
Streamlit is rendered with a CommonMark renderer (markdown-it, with links and tables as
Streamlit has them): no payload may become a link, an image, emphasis or raw HTML.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from streamlit.testing.v1 import AppTest

from pages_app import safe
from tests.hostile import ARTICLE_ID, PAYLOADS, hostile_data

APP = str(Path(__file__).resolve().parent.parent / "app.py")

MARKDOWN_ELEMENTS = ("markdown", "caption", "subheader", "header", "title", "info", "error")
RENDER = MarkdownIt("commonmark", {"linkify": False}).enable(["table", "strikethrough"])
# GFM turns www.x, scheme: and name@host in plain text into links, after escapes are undone.
AUTOLINK = re.compile(r"(?i)www\.|[a-z]+://|\w@\w")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_data(tmp_path_factory.mktemp("untrusted") / "data")


@pytest.fixture
def env(hostile: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STANCEGRAPH_DATA", str(hostile))
    monkeypatch.setenv("STANCEGRAPH_STORE", "memory")
    return hostile


def _page(page: str, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["page"] = page
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _markdown_sources(at: AppTest) -> list[str]:
    """Every string the app gave Streamlit to render as markdown (the article body aside)."""
    found = []
    for kind in MARKDOWN_ELEMENTS:
        for element in getattr(at, kind):
            value = str(element.value)
            if 'class="sg-article"' not in value:  # the body: escaped HTML, tested elsewhere
                found.append(value)
    return found


def _assert_inert(sources: list[str]) -> str:
    """Render each source; no payload may turn into markup. Returns the visible text."""
    visible = []
    for source in sources:
        rendered = RENDER.render(source)
        for href in re.findall(r'href="([^"]*)"', rendered):
            assert href.startswith(("http://", "https://", "?")), (source, rendered)
        for tag in ("<img", "<script", "<b>", "<strong>", "<em>", "<code>"):
            for hit in re.finditer(re.escape(tag), rendered):
                assert not any(w in rendered[hit.end() : hit.end() + 80] for w in _WORDS), (
                    source,
                    rendered,
                )
        # Streamlit's own directives and math, which CommonMark does not know: escaped at source.
        assert not re.search(r"(?<!\\)(:red|\$x)", source), source
        text = html.unescape(_strip(rendered))
        assert not AUTOLINK.search(text), (source, text)
        visible.append(text.replace("\u2060", ""))
    return "\n".join(visible)


_WORDS = ("bold", "alert", "Outlet", "loud", "Vera", "Lind")


def _strip(rendered: str) -> str:
    return re.sub(r"<[^>]+>", "", rendered)


def _shown_whole(payload: str, visible: str) -> bool:
    return " ".join(payload.split()) in visible


def test_who_said_source_caption_shows_metadata_as_text(env: Path) -> None:
    at = _page("who-said")
    frame = at.dataframe[0].value
    row = next(i for i, a in enumerate(frame["article"]) if a == ARTICLE_ID)
    at.session_state["ws_table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    visible = _assert_inert(_markdown_sources(at))
    for key in ("title", "outlet", "url", "speaker"):
        assert _shown_whole(PAYLOADS[key], visible), (key, visible)


def test_actor_page_shows_the_name_as_text(env: Path, hostile: Path) -> None:
    from graph.queries import Queries
    from graph.store import open_store

    store = open_store("memory", data_dir=hostile)
    try:
        actor = next(a for a in Queries(store).actors() if a.name == PAYLOADS["speaker"])
    finally:
        store.close()
    at = _page("actor", actor=actor.id)
    visible = _assert_inert(_markdown_sources(at))
    assert _shown_whole(PAYLOADS["speaker"], visible)


@pytest.mark.parametrize("page", ["timeline", "network", "claims"])
def test_other_pages_render_no_payload_as_markup(env: Path, page: str) -> None:
    _assert_inert(_markdown_sources(_page(page)))


@pytest.mark.parametrize(
    "payload",
    [*PAYLOADS.values(), "a\nb", "\\*x\\*", "x\u202ey", "www.x.org https://y.org a@b.org"],
)
def test_md_shows_exactly_the_text(payload: str) -> None:
    rendered = RENDER.render(safe.md(payload))
    assert "<a " not in rendered and "<img" not in rendered and "<em>" not in rendered
    assert not AUTOLINK.search(html.unescape(_strip(rendered)))
    shown = html.unescape(_strip(rendered)).replace("\u2060", "").strip()
    assert shown == " ".join(payload.split())


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a_(b)?q=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//evil.example/x", False),
        ("https://ok.example/\nrest", False),
        ("ftp://files.example/x", False),
    ],
)
def test_links_only_for_http(url: str, linked: bool) -> None:
    rendered = RENDER.render(safe.link(url))
    hrefs = re.findall(r'href="([^"]*)"', rendered)
    assert bool(hrefs) == linked, rendered
    if linked:
        assert hrefs[0].startswith(("http://", "https://"))
