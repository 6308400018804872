"""Web pages in: fetching over http(s) with its limits, and the main text of a page.

Every page is written here and served from 127.0.0.1 by the test itself.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.corpus import read_article
from graph.errors import ArticleError, InputError
from graph.web import USER_AGENT, fetch, read_source, read_url
from tests.local_web import Site, serve

PARAGRAPHS = (
    "The harbour authority of Port Elin on Tuesday rejected a plan to double the number of "
    "cruise ships allowed to dock each summer, after months of complaints from residents.",
    "“The town cannot breathe when four ships arrive on the same morning,” said Mara Lindqvist, "
    "who chairs the authority. “We owe the people who live here a quieter harbour.”",
    "Tour operators criticised the decision. Jonas Berg, a spokesman for the regional tourism "
    "board, said the ruling would cost local shops millions and warned that visitors would go "
    "to other ports instead.",
)


def article_page(
    paragraphs: tuple[str, ...] = PARAGRAPHS,
    *,
    title: str = "Harbour authority rejects cruise expansion",
    canonical: str | None = "https://coast-news.example/local/harbour-rejects-cruise-plan",
    site: str = "Coast News",
) -> bytes:
    """A news page as sites make them: navigation, a byline, the story, comments, a footer."""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>{link}
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{title}">
<meta name="author" content="Ada Quill">
<meta property="article:published_time" content="2024-06-11T08:30:00+00:00"></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local news</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Ada Quill</p>
{body}</article></main>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>Finally someone listens to us, the ships have been a nightmare for years.</p></div>
<div class="comment"><p>This is a terrible decision for every shop owner on the waterfront.</p></div>
</section><footer><p>© Coast News. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>""".encode()


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


def test_a_page_gives_its_story_without_navigation_or_comments(site: Site) -> None:
    article = read_url(site.page("/story", article_page()))
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert "Comments" not in article.text and "Sport" not in article.text
    assert article.title == "Harbour authority rejects cruise expansion"
    assert article.outlet == "Coast News"
    assert article.url == "https://coast-news.example/local/harbour-rejects-cruise-plan"
    assert article.published.iso == "2024-06-11" and article.published.certainty == "stated"
    assert article.id.startswith("harbour-authority-rejects-cruise-expansion-")
    assert site.requests[-1] == ("/story", USER_AGENT)


def test_without_a_canonical_link_the_address_found_is_the_url(site: Site) -> None:
    url = site.page("/plain", article_page(canonical=None))
    assert read_url(url).url == url


def test_a_redirect_chain_is_followed_to_the_page(site: Site) -> None:
    site.page("/final", article_page())
    site.redirect("/hop1", "/hop2", 301)
    site.redirect("/hop2", site.url("/hop3"), 307)
    site.redirect("/hop3", "/final", 302)
    fetched = fetch(site.url("/hop1"))
    assert fetched.final_url == site.url("/final")
    assert read_url(site.url("/hop1")).text.startswith("The harbour authority")


def test_a_redirect_loop_stops(site: Site) -> None:
    site.redirect("/loop-a", "/loop-b")
    site.redirect("/loop-b", "/loop-a")
    with pytest.raises(ArticleError, match=r"more than 5 redirects"):
        fetch(site.url("/loop-a"))


def test_a_redirect_off_the_web_is_refused(site: Site) -> None:
    site.redirect("/to-file", "file:///etc/passwd")
    with pytest.raises(ArticleError, match="not http"):
        fetch(site.url("/to-file"))


def test_not_found(site: Site) -> None:
    with pytest.raises(ArticleError, match=r"/missing: not found \(HTTP 404\)$"):
        read_url(site.url("/missing"))


def test_a_server_error_is_one_line(site: Site) -> None:
    site.routes["/broken"] = (503, {"Content-Type": "text/plain"}, b"down")
    with pytest.raises(ArticleError, match="HTTP 503"):
        read_url(site.url("/broken"))


def test_a_page_without_article_text(site: Site) -> None:
    home = (
        b"<html><head><title>Coast News</title></head><body><nav><a href='/'>Home</a>"
        b"<a href='/local'>Local</a></nav><ul><li><a href='/a'>Harbour rejects plan</a></li>"
        b"<li><a href='/b'>Storm closes ferry route</a></li><li><a href='/c'>Fair opens</a></li>"
        b"</ul><footer>Coast News</footer></body></html>"
    )
    with pytest.raises(ArticleError, match="no article text found"):
        read_url(site.page("/home", home))


@pytest.mark.parametrize("declared", [True, False], ids=["with-length", "without-length"])
def test_an_oversized_page_is_refused(site: Site, declared: bool) -> None:
    big = b"<html><body>" + b"<p>word word word word word word</p>" * 200_000 + b"</body></html>"
    site.page("/huge", big)
    if not declared:
        site.routes["/huge"][1]["Content-Length"] = ""
    with pytest.raises(ArticleError, match="too large"):
        read_url(site.url("/huge"))


def test_not_an_html_page(site: Site) -> None:
    url = site.page("/data.json", b'{"story": "none"}', "application/json")
    with pytest.raises(ArticleError, match=r"not an HTML page \(content type application/json\)"):
        read_url(url)


def test_only_http_and_https(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="not an http or https address"):
        fetch("ftp://127.0.0.1/story")
    with pytest.raises(ArticleError, match="no such article file"):
        read_source(str(tmp_path / "nothing.txt"))


def test_a_slow_server_times_out(site: Site) -> None:
    def slow() -> bytes:
        time.sleep(1.5)
        return article_page()

    site.page("/slow", slow)
    with pytest.raises(ArticleError, match=r"no answer within 0.3 s"):
        fetch(site.url("/slow"), timeout=0.3)


def test_a_refused_connection(site: Site) -> None:
    with pytest.raises(ArticleError, match="cannot connect"):
        fetch("http://127.0.0.1:9/story", timeout=2)


def test_a_saved_page_reads_like_its_text(tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    page.write_bytes(article_page())
    text = tmp_path / "harbour.txt"
    text.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    from_page, from_text = read_article(page), read_article(text)
    assert from_page.text == from_text.text
    assert from_page.id == from_text.id == "harbour"
    assert from_page.title == "Harbour authority rejects cruise expansion"
    # A sidecar beside the page wins over what the page says.
    (tmp_path / "harbour.json").write_text('{"outlet": "Coast Weekly"}', encoding="utf-8")
    assert read_article(page).outlet == "Coast Weekly"


def test_a_saved_page_without_a_story(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_bytes(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(ArticleError, match=r"index\.html: no article text found"):
        read_article(page)


def test_the_limits_are_settings(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    url = site.page("/limited", article_page())
    monkeypatch.setenv("STANCEGRAPH_PAGE_MAX_BYTES", "1000")
    with pytest.raises(ArticleError, match=r"too large \(\d[\d,]* bytes; the limit is 1,000\)"):
        read_url(url)
    monkeypatch.setenv("STANCEGRAPH_FETCH_TIMEOUT", "soon")
    with pytest.raises(InputError, match="STANCEGRAPH_FETCH_TIMEOUT='soon'"):
        read_url(url)


def test_a_compressed_answer_is_read_and_a_bomb_is_too_large(site: Site) -> None:
    import gzip

    packed = gzip.compress(article_page())
    site.routes["/packed"] = (
        200,
        {"Content-Type": "text/html", "Content-Encoding": "gzip"},
        packed,
    )
    assert read_url(site.url("/packed")).text == "\n\n".join(PARAGRAPHS)
    bomb = gzip.compress(b"<html><body>" + b" " * 8_000_000 + b"</body></html>")
    site.routes["/bomb"] = (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)
    with pytest.raises(ArticleError, match=r"too large .*once decompressed"):
        read_url(site.url("/bomb"))


@pytest.mark.parametrize("spec", ["memory", "oxigraph"])
def test_a_page_author_is_stored_and_read_back(tmp_path: Path, spec: str) -> None:
    """The byline travels: page -> article -> sidecar kept at ingest -> graph -> the facade, and
    a rebuild from the data folder keeps it."""
    import json
    import shutil

    from graph.cli import main
    from graph.queries import Queries
    from graph.store import open_store

    data = tmp_path / "data"
    shutil.copytree(
        Path(__file__).resolve().parents[1] / "data", data, ignore=shutil.ignore_patterns("build")
    )
    run = ["--data", str(data), "--store", spec]
    assert main([*run, "build"]) == 0
    page = tmp_path / "harbour.html"
    page.write_bytes(article_page())
    assert read_article(page).author == "Ada Quill"
    assert main([*run, "ingest", str(page)]) == 0
    kept = json.loads((data / "articles" / "harbour.json").read_text(encoding="utf-8"))
    assert kept["author"] == "Ada Quill"
    for again in (False, True):
        if again:
            assert main([*run, "build"]) == 0
        store = open_store(spec, data_dir=data)
        try:
            assert Queries(store).article("harbour").author == "Ada Quill"
        finally:
            store.close()
    # A sidecar without an author leaves it unknown; one that is not a string is refused.
    text = tmp_path / "plain.txt"
    text.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    assert read_article(text).author is None
    text.with_suffix(".json").write_text('{"author": ["Ada Quill"]}', encoding="utf-8")
    with pytest.raises(ArticleError, match="'author' must be a string"):
        read_article(text)
