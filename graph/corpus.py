"""Reading articles: the text file and its optional JSON metadata sidecar.

The only module that reads article files. Text is read as UTF-8, exactly as stored (no newline
translation), so character offsets agree with what any other reader of the file sees.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

from graph.dates import parse_iso_date, split_dated_note
from graph.errors import ArticleError, InputError
from graph.model import Article, DateValue
from graph.text import slugify

__all__ = ["MAX_ARTICLE_CHARS", "decode_text", "parse_metadata", "read_article", "read_articles"]

MAX_ARTICLE_CHARS = 200_000
"""Longer texts are refused: a news article is rarely a tenth of this."""

_FIELDS = ("id", "title", "outlet", "url", "published", "dateline", "author")


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
    text = decode_text(raw, str(path))
    sidecar = path.with_suffix(".json")
    meta: dict[str, Any] = {}
    if sidecar.exists() and sidecar != path:
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ArticleError(f"{sidecar}: unreadable metadata ({exc})") from None
        except RecursionError:
            raise ArticleError(f"{sidecar}: metadata nested too deeply to read") from None
        if not isinstance(meta, dict):
            raise ArticleError(f"{sidecar}: metadata must be a JSON object")
    return parse_metadata(text, meta, default_id=slugify(path.stem), path=str(path))


def decode_text(raw: bytes, where: str) -> str:
    """The text of an article file: UTF-8 (with or without a byte-order mark) or UTF-16 with one.

    Anything else is refused with one line naming the encoding it most likely is.

    >>> decode_text("Olá".encode("utf-16"), "a.txt")
    'Olá'
    >>> decode_text("Olá".encode("cp1252"), "a.txt")
    Traceback (most recent call last):
    ...
    graph.errors.ArticleError: a.txt: not UTF-8 text (bad byte at offset 2); it looks like Latin-1 or Windows-1252: save it as UTF-8
    """
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise ArticleError(f"{where}: UTF-32 text is not read; save it as UTF-8")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")  # the mark says which byte order, and is dropped
        except UnicodeDecodeError as exc:
            raise ArticleError(
                f"{where}: marked UTF-16 but broken at byte {exc.start}; save it as UTF-8"
            ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{where}: not UTF-8 text (bad byte at offset {exc.start}); it looks like "
            f"{_likely_encoding(raw)}: save it as UTF-8"
        ) from None
    if "\x00" in text:
        raise ArticleError(
            f"{where}: holds NUL characters, so it is not text ({_likely_encoding(raw)})"
        )
    return text


def _likely_encoding(raw: bytes) -> str:
    """A guess for the message only: never used to decode."""
    head = raw[:4096]
    if head and head.count(0) * 4 >= len(head):
        even, odd = head[0::2], head[1::2]
        # UTF-16 of mostly Latin text: every other byte zero, the rest printable characters.
        zeros, chars = (even, odd) if even.count(0) > odd.count(0) else (odd, even)
        printable = sum(1 for b in chars if 32 <= b < 127 or b in (9, 10, 13))
        if zeros.count(0) * 10 >= len(zeros) * 9 and printable * 10 >= len(chars) * 8:
            order = "big-endian" if zeros is even else "little-endian"
            return f"UTF-16 {order} without a byte-order mark"
        return "binary data, not text"
    if any(0x80 <= b <= 0x9F for b in raw):
        return "Windows-1252"
    return "Latin-1 or Windows-1252"


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
    if not any(ch.isalpha() for ch in text):
        raise ArticleError(f"{where}: the article has not a single word, only marks or numbers")
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
        author=meta.get("author"),
    )


def _published(meta: dict[str, Any], where: str) -> DateValue:
    """The publication date: printed (``published``, strict ``YYYY-MM-DD``) or inferred.

    ``published_inferred`` opens with a strict ISO date, then optionally a space and the reason:
    ``"2024-09-02 ('Monday' = 2024-09-02)"``. A bad date in either is refused, never dropped.
    """
    value = meta.get("published")
    inferred_only = meta.get("published_inferred")
    if inferred_only is not None and not isinstance(inferred_only, str | bool):
        raise ArticleError(
            f"{where}: published_inferred must be a date with its reason, true, false or null"
        )
    try:
        if not value and isinstance(inferred_only, str) and inferred_only:
            # No printed date, but the metadata carries one inferred from the text, with its reason.
            day, _ = split_dated_note(inferred_only, "published_inferred")
            return DateValue(day, "inferred", note=inferred_only)
        if not value:
            return DateValue()
        day = parse_iso_date(value, "published")
        if isinstance(inferred_only, str) and inferred_only:
            split_dated_note(inferred_only, "published_inferred")
    except InputError as exc:
        raise ArticleError(f"{where}: {exc}") from None
    note = meta.get("published_note") or meta.get("published_inferred")
    inferred = bool(meta.get("published_inferred")) or "inferred" in str(note or "")
    if inferred:
        return DateValue(day, "inferred", note=str(note))
    return DateValue(day, "stated")
