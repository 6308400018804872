"""The Add article page takes a page's address or a saved page, and knows an article it has.

The page is served from 127.0.0.1 by the test; the app runs headless (AppTest).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.errors import ArticleError
from pages_app.add_article import _article
from tests.conftest import copy_data
from tests.local_web import Site, serve
from tests.test_follow import STORY_A
from tests.test_web import article_page

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture
def fresh_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = copy_data(tmp_path / "data")
    monkeypatch.setenv("STANCEGRAPH_DATA", str(data))
    monkeypatch.delenv("STANCEGRAPH_STORE", raising=False)
    return data


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def add_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["page"] = "add"
    return ok(at.run())


def test_an_address_is_read_extracted_added_and_then_known(fresh_env: Path, site: Site) -> None:
    url = site.page("/strike", article_page(STORY_A, title="Port workers strike", canonical=None))
    at = add_page()
    at.text_input(key="add_address").set_value(url)
    at.text_input(key="add_outlet").set_value("Coast Weekly").run()  # the form wins
    at.button(key="add_extract").click().run()
    ok(at)
    assert at.subheader[0].value.startswith("Review `port-workers-strike-")
    assert any(m.value.startswith("**Quotes** (") for m in at.markdown)
    assert not any(m.value == "**Quotes** (0)" for m in at.markdown)
    at.button(key="add_commit").click().run()
    ok(at)
    assert "Added `port-workers-strike-" in at.success[0].value
    stored = next((fresh_env / "articles").glob("port-workers-strike-*.json")).read_text()
    assert '"outlet": "Coast Weekly"' in stored and f'"url": "{url}"' in stored
    # The same page again: the page says so instead of extracting it twice.
    at.button(key="add_extract").click().run()
    ok(at)
    assert any("Already in the graph" in i.value for i in at.info)
    assert not at.subheader or not at.subheader[0].value.startswith("Review")


def test_a_bad_address_is_one_error(fresh_env: Path, site: Site) -> None:
    at = add_page()
    at.text_input(key="add_address").set_value(site.url("/missing")).run()
    at.button(key="add_extract").click().run()
    shown = at.error[0].value.replace("\\", "")  # the message is shown as escaped markdown
    assert len(at.error) == 1 and "not found (HTTP 404)" in shown


class Upload:
    """What Streamlit's uploader hands the page: a name and the bytes."""

    def __init__(self, name: str, data: bytes) -> None:
        self.name, self._data = name, data

    def getvalue(self) -> bytes:
        return self._data


def test_an_uploaded_page_gives_its_story() -> None:
    upload = Upload("strike.html", article_page(STORY_A, title="Port workers strike"))
    article = _article("", upload, "", {"id": "", "title": "", "published": ""})
    assert article.text == "\n\n".join(STORY_A)
    assert (article.id, article.title) == ("port-workers-strike", "Port workers strike")
    with pytest.raises(ArticleError, match="no article text"):
        _article("", Upload("empty.htm", b"<html><body><p>Hi.</p></body></html>"), "", {})
