"""Reading a web page: its main text and metadata, found by trafilatura.

A page (saved from a browser, or fetched by ``graph.web``) becomes the same pair a ``.txt`` file
and its sidecar give: the article text and a metadata mapping with the sidecar's fields (``title``,
``outlet``, ``url``, ``published``) plus ``author``. Navigation, comments, footers and bylines are
left out by trafilatura; paragraphs are separated by a blank line, as in the plain-text corpus, so
the same article read from its page or from its text gives the same offsets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from graph import settings
from graph.corpus import parse_metadata
from graph.errors import ArticleError
from graph.model import Article
from graph.text import slugify

__all__ = [
    "HTML_SUFFIXES",
    "MIN_ARTICLE_WORDS",
    "looks_like_html",
    "max_page_bytes",
    "page_text",
    "read_page",
    "read_sidecar",
]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
"""File extensions read as web pages rather than plain text."""

MIN_ARTICLE_WORDS = 25
"""Fewer words in prose paragraphs than this and a page has no article text (a home page, a
list of links, an error page)."""


def max_page_bytes() -> int:
    """The largest page read (setting ``page_max_bytes``): a news page with its scripts and
    styles is rarely a fifth of the default."""
    return int(settings.value("page_max_bytes"))


_PROSE_LINE_WORDS = 6
"""A paragraph of fewer words is a link, a caption or a heading, not prose."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def looks_like_html(data: bytes) -> bool:
    """Whether ``data`` starts like an HTML document (after a BOM, whitespace and comments).

    >>> looks_like_html(b"  <!DOCTYPE html><html>")
    True
    >>> looks_like_html(b'{"title": "x"}')
    False
    """
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<meta"))


def read_page(path: str | Path) -> Article:
    """Read a saved web page: its main text, and its metadata with ``NAME.json`` winning.

    The id is the file name's, as for a ``.txt`` article.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > (limit := max_page_bytes()):
            raise ArticleError(f"{path}: too large ({size:,} bytes; the limit is {limit:,})")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such page file") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read page ({exc.strerror})") from None
    text, meta = page_text(raw, where=str(path))
    meta.update(read_sidecar(path))
    return parse_metadata(text, meta, default_id=slugify(path.stem), path=str(path))


def page_text(html: bytes | str, *, url: str | None = None, where: str) -> tuple[str, dict]:
    """The main text of a page and its metadata (sidecar fields and ``author``).

    ``url`` is where the page was found (a canonical link in the page wins over it); ``where``
    names the page in error messages. A page without article text is an ``ArticleError``.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        # Only dates the page states in its markup or address; no guessing from the prose.
        date_extraction_params={"extensive_search": False, "original_date": True, "url": url},
    )
    if doc is None or not doc.text:
        raise ArticleError(f"{where}: no article text found in the page")
    title = _clean(doc.title)
    text = _paragraphs(doc.text, title)
    prose = sum(len(p.split()) for p in text.split("\n\n") if len(p.split()) >= _PROSE_LINE_WORDS)
    if prose < MIN_ARTICLE_WORDS:
        raise ArticleError(
            f"{where}: no article text found in the page (only {prose} words of prose; "
            "is it a home page or a list of links?)"
        )
    meta: dict[str, Any] = {
        "title": title,
        "outlet": _clean(doc.sitename) or _clean(doc.hostname),
        "url": _clean(doc.url) or url,
        "author": _clean(doc.author),
        "published": doc.date if doc.date and _DATE.fullmatch(doc.date) else None,
    }
    return text, {k: v for k, v in meta.items() if v}


def read_sidecar(path: Path) -> dict[str, Any]:
    """The JSON metadata beside an article file (``NAME.json``), or ``{}`` when there is none."""
    sidecar = path.with_suffix(".json")
    if sidecar == path or not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ArticleError(f"{sidecar}: unreadable metadata ({exc})") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{sidecar}: metadata must be a JSON object")
    return meta


def _paragraphs(text: str, title: str | None) -> str:
    """One paragraph per line becomes one per blank-line-separated block; a repeated headline
    at the top is dropped (the title carries it)."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if lines and title and _fold(lines[0]) == _fold(title):
        lines = lines[1:]
    return "\n\n".join(lines)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
