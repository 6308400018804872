"""The app in a real browser: ``streamlit run app.py`` driven by Debian's Chromium via Playwright.

Every request must stay on 127.0.0.1 (the app runs offline); every page loads without an
exception; clicking a node of the stance network lists that actor's statements; clicking a
timeline (and who-said) row shows its source with the evidence marked. Screenshots go to
tests/screenshots/ (git-ignored). Run with ``pytest -m browser tests/test_browser.py``.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        "browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )

from playwright.sync_api import Frame, Page, Route, sync_playwright  # noqa: E402

from graph.queries import Queries  # noqa: E402
from graph.store import open_store  # noqa: E402

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parent.parent
SHOTS = REPO / "tests" / "screenshots"
PAGES = {
    "who-said": "Who said what",
    "timeline": "Timeline",
    "network": "Stance network",
    "actor": "Actor",
    "claims": "Claims",
    "sparql": "SPARQL (read-only)",
    "add": "Add article",
}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(
    seed_build: object, seed_data: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """``streamlit run app.py`` on a free local port, over the built seed data."""
    with _streamlit(seed_data, tmp_path_factory.mktemp("streamlit")) as url:
        yield url


@contextmanager
def _streamlit(data: Path, logs: Path) -> Iterator[str]:
    port = _free_port()
    env = {**os.environ, "STANCEGRAPH_DATA": str(data), "STANCEGRAPH_STORE": "memory"}
    log_path = logs / "server.log"
    log = log_path.open("wb")  # a file, not a pipe: a full pipe would stall the server
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with _DIRECT.open(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = log_path.read_text(errors="replace")
                pytest.fail(f"streamlit did not start on {url}:\n{out[-2000:]}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def outside() -> list[str]:
    """Requests that tried to leave localhost (each was aborted)."""
    return []


@pytest.fixture
def page(server: str, outside: list[str]) -> Iterator[Page]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})

        def guard(route: Route) -> None:
            url = urlparse(route.request.url)
            if url.scheme in ("http", "https", "ws", "wss") and url.hostname not in LOCAL_HOSTS:
                outside.append(route.request.url)
                route.abort()
            else:
                route.continue_()

        context.route("**/*", guard)
        pg = context.new_page()
        pg.set_default_timeout(30_000)
        yield pg
        context.close()
        browser.close()
    assert not outside, f"requests left localhost: {outside}"


def open_page(page: Page, server: str, slug: str, **params: str) -> None:
    query = "&".join(f"{k}={v}" for k, v in {"page": slug, **params}.items())
    page.goto(f"{server}/?{query}")
    page.get_by_role("heading", name=PAGES[slug]).first.wait_for()
    page.wait_for_load_state("networkidle")
    _settled(page)


def _settled(page: Page) -> None:
    """Wait until the script run is over (Streamlit shows a running indicator meanwhile)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000
    )
    page.wait_for_timeout(500)


def no_exception(page: Page) -> None:
    shown = page.locator("[data-testid='stException']")
    assert shown.count() == 0, shown.first.inner_text()


@pytest.fixture(scope="module")
def queries(seed_build: object, seed_data: Path) -> Iterator[Queries]:
    store = open_store("memory", data_dir=seed_data)
    yield Queries(store)
    store.close()


@pytest.mark.parametrize("slug", list(PAGES))
def test_every_page_loads_offline(page: Page, server: str, slug: str) -> None:
    open_page(page, server, slug)
    no_exception(page)
    assert page.locator("[data-testid='stAlertContentError']").count() == 0
    page.screenshot(path=str(SHOTS / f"page-{slug}.png"), full_page=True)


def _graph_frame(page: Page) -> Frame:
    page.locator("iframe[title*='st_link_analysis']").first.wait_for()
    for _ in range(60):
        for frame in page.frames:
            if "st_link_analysis" in frame.url and frame.evaluate(
                "() => !!document.getElementById('cy')?._cyreg?.cy"
            ):
                return frame
        page.wait_for_timeout(250)
    raise AssertionError("the stance network did not draw")


def test_click_network_node_lists_its_statements(page: Page, server: str, queries: Queries) -> None:
    speaker = max(queries.actors(), key=lambda a: len(queries.who_said(a.name)))
    said = queries.who_said(speaker.name)
    open_page(page, server, "network")
    frame = _graph_frame(page)
    page.wait_for_timeout(1000)  # the layout settles
    where = frame.evaluate(
        """(id) => { const cy = document.getElementById('cy')._cyreg.cy;
                     const p = cy.getElementById(id).renderedPosition(); return [p.x, p.y]; }""",
        speaker.id,
    )
    box = page.locator("iframe[title*='st_link_analysis']").first.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + where[0], box["y"] + where[1])
    heading = page.get_by_text(f"Statements by {speaker.name} ({len(said)})")
    heading.wait_for()
    _settled(page)
    no_exception(page)
    assert page.get_by_role("heading", name=speaker.name).count() >= 1
    page.get_by_role("heading", name=speaker.name).last.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "network-clicked.png"))


def _click_first_row(page: Page, index: int = 0) -> None:
    """Tick the selection box of the first row of the ``index``-th data table (a canvas grid)."""
    grid = page.locator("[data-testid='stDataFrame']").nth(index)
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 17)  # header row, then the first row
    _settled(page)


def test_click_timeline_row_shows_marked_source(page: Page, server: str, queries: Queries) -> None:
    first = queries.timeline()[0]
    open_page(page, server, "timeline")
    _click_first_row(page)
    marked = page.locator(".sg-article mark")
    marked.wait_for()
    assert marked.inner_text() == queries.article(first.article).text[first.start : first.end]
    no_exception(page)
    marked.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "timeline-row.png"))


def test_click_timeline_mark_shows_details(page: Page, server: str, queries: Queries) -> None:
    dated = [r for r in queries.timeline() if r.date]
    open_page(page, server, "timeline")
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    chart.wait_for()
    page.wait_for_timeout(500)
    x, y = _leftmost_mark(chart.screenshot())
    box = chart.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + x, box["y"] + y)
    marked = page.locator(".sg-article mark")
    marked.wait_for()
    _settled(page)
    no_exception(page)
    earliest = dated[0]  # the leftmost mark is the earliest dated item
    assert (
        marked.inner_text() == queries.article(earliest.article).text[earliest.start : earliest.end]
    )
    marked.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "timeline-mark.png"))


def _leftmost_mark(png: bytes) -> tuple[float, float]:
    """The centre of the leftmost coloured blob in a chart screenshot (axes and text are grey)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    width, height = image.size
    pixels = image.load()
    coloured = [
        (x, y)
        for x in range(width)
        for y in range(height)
        if max(pixels[x, y]) - min(pixels[x, y]) > 90
    ]
    assert coloured, "the chart shows no coloured mark"
    left = min(x for x, _ in coloured)
    blob = [(x, y) for x, y in coloured if x <= left + 10]
    top = min(y for _, y in blob)
    blob = [(x, y) for x, y in blob if y <= top + 14]
    return (sum(x for x, _ in blob) / len(blob), sum(y for _, y in blob) / len(blob))


def test_click_who_said_row_shows_marked_quote(page: Page, server: str, queries: Queries) -> None:
    first = queries.who_said()[0]
    open_page(page, server, "who-said")
    _click_first_row(page)
    marked = page.locator(".sg-article mark")
    marked.wait_for()
    assert marked.inner_text() == first.exact
    marked.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "who-said-row.png"))


# -- untrusted text ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over a graph holding only an article whose metadata and speaker are payloads."""
    from tests.hostile import hostile_data

    data = hostile_data(tmp_path_factory.mktemp("hostile") / "data", alone=True)
    with _streamlit(data, tmp_path_factory.mktemp("streamlit-hostile")) as url:
        yield url


def test_payloads_in_metadata_and_names_stay_text(page: Page, hostile_server: str) -> None:
    from tests.hostile import PAYLOADS

    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_page(page, hostile_server, "who-said")
    _click_first_row(page)
    page.locator(".sg-article mark").wait_for()
    no_exception(page)
    main = page.locator("[data-testid='stMain']")
    text = " ".join(main.inner_text().replace("\u2060", "").split())
    for key in ("title", "outlet", "url", "speaker"):
        assert " ".join(PAYLOADS[key].split()) in text, key
    # Nothing became a live element: no script link, no image, no emphasis, no injected script.
    assert page.locator("a[href^='javascript' i], a:has-text('evil')").count() == 0
    assert (
        main.locator("img[src='x'], script, strong:has-text('bold'), b:has-text('loud')").count()
        == 0
    )
    assert not page.evaluate("() => window.__pwned === true")
    page.wait_for_timeout(500)  # an onerror handler would have fired by now
    assert dialogs == []
    page.screenshot(path=str(SHOTS / "untrusted-text.png"), full_page=True)
