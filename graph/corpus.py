"""Reading articles: the text file and its optional JSON metadata sidecar.

The only module that reads article files. Text is read as UTF-8, exactly as stored (no newline
translation), so character offsets agree with what any other reader of the file sees.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from graph.errors import ArticleError
from graph.model import Article, DateValue
from graph.text import slugify

__all__ = ["MAX_ARTICLE_CHARS", "parse_metadata", "read_article", "read_articles"]

MAX_ARTICLE_CHARS = 200_000
"""Longer texts are refused: a news article is rarely a tenth of this."""

_FIELDS = ("id", "title", "outlet", "url", "published", "dateline")


def read_article(path: str | Path) -> Article:
    """Read ``path`` (UTF-8 text) and the metadata in ``path`` with a ``.json`` extension.

    A web page (``.html``, ``.htm``) is read by ``graph.webpage``: its main text and metadata.
    """
    path = Path(path)
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        from graph.webpage import read_page  # imports this module: a peer, loaded when needed

        return read_page(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such article file") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read article ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    sidecar = path.with_suffix(".json")
    meta: dict[str, Any] = {}
    if sidecar.exists() and sidecar != path:
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ArticleError(f"{sidecar}: unreadable metadata ({exc})") from None
        if not isinstance(meta, dict):
            raise ArticleError(f"{sidecar}: metadata must be a JSON object")
    return parse_metadata(text, meta, default_id=slugify(path.stem), path=str(path))


def read_articles(paths: list[str | Path]) -> list[Article]:
    return [read_article(p) for p in paths]


def parse_metadata(
    text: str, meta: dict[str, Any], *, default_id: str, path: str | None = None
) -> Article:
    """Make an ``Article`` from its text and a metadata mapping, checking every field.

    >>> a = parse_metadata("Hi.", {"published": "2024-08-08"}, default_id="x")
    >>> (a.id, a.published.iso, a.published.certainty)
    ('x', '2024-08-08', 'stated')
    """
    where = path or default_id
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(
            f"{where}: {len(text):,} characters is over the limit of {MAX_ARTICLE_CHARS:,}"
        )
    if not text.strip():
        raise ArticleError(f"{where}: the article is empty")
    for key in _FIELDS:
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            raise ArticleError(f"{where}: metadata field {key!r} must be a string or null")
    article_id = meta.get("id") or default_id
    return Article(
        id=slugify(article_id) if article_id != default_id else default_id,
        text=text,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        dateline=meta.get("dateline"),
        published=_published(meta, where),
        path=path,
    )


def _published(meta: dict[str, Any], where: str) -> DateValue:
    value = meta.get("published")
    inferred_only = meta.get("published_inferred")
    if not value and isinstance(inferred_only, str) and inferred_only[:10].count("-") == 2:
        # No printed date, but the metadata carries one inferred from the text, with its reason.
        try:
            day = date.fromisoformat(inferred_only[:10])
        except ValueError:
            return DateValue()
        return DateValue(day, "inferred", note=inferred_only)
    if not value:
        return DateValue()
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        raise ArticleError(
            f"{where}: published {value!r} is not an ISO date (YYYY-MM-DD)"
        ) from None
    note = meta.get("published_note") or meta.get("published_inferred")
    inferred = bool(meta.get("published_inferred")) or "inferred" in str(note or "")
    if inferred:
        return DateValue(day, "inferred", note=str(note))
    return DateValue(day, "stated")
