"""Feeds: RSS and Atom entries (parsed by feedparser), OPML lists of feeds, and the seen-set.

A feed is an http(s) address or a file. Its entries are what ``stancegraph follow`` reads; the
seen-set (``DATA/feeds/seen.json``) remembers every entry already taken, so a second run, or one
from cron, only reads new ones. feedparser is only ever given bytes: fetching is ``graph.web``'s
(its timeout, size limit and user agent), never feedparser's own.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urljoin

from graph import transaction
from graph.errors import ArticleError, InputError
from graph.identity import canonical_url
from graph.web import fetch, is_url

__all__ = [
    "SEEN_FILE",
    "Entry",
    "SeenSet",
    "dedupe",
    "feed_entries",
    "feed_sources",
    "read_source_bytes",
]

SEEN_FILE = Path("feeds") / "seen.json"
"""Where, in the data folder, the entries already taken are remembered."""

MAX_FEED_BYTES = 10_000_000

_FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed entry: a stable key, the article's address, its title and date if given."""

    key: str
    link: str
    title: str | None
    published: date | None
    feed: str


def read_source_bytes(source: str) -> tuple[bytes, str]:
    """The bytes of a feed (or OPML) address or file, and its location for relative links."""
    if is_url(source):
        return fetch(source, accept=_FEED_ACCEPT, max_bytes=MAX_FEED_BYTES).body, source
    path = Path(source)
    try:
        if path.stat().st_size > MAX_FEED_BYTES:
            raise ArticleError(f"{path}: too large for a feed (over {MAX_FEED_BYTES:,} bytes)")
        return path.read_bytes(), path.resolve().as_uri()
    except FileNotFoundError:
        raise ArticleError(f"{source}: no such feed file or http(s) address") from None
    except OSError as exc:
        raise ArticleError(f"{source}: cannot read the feed ({exc.strerror})") from None


def feed_sources(source: str, data: bytes, base: str) -> list[str]:
    """The feeds ``source`` stands for: the feeds an OPML file lists, else ``[source]``."""
    outlines = _opml_outlines(data)
    if outlines is None:
        return [source]
    feeds = [urljoin(base, url) for url in outlines]
    if not feeds:
        raise ArticleError(f"{source}: an OPML file that lists no feed (no xmlUrl)")
    return [_local(url) for url in feeds]


def feed_entries(source: str, data: bytes, base: str) -> list[Entry]:
    """The entries of one RSS or Atom feed, in the feed's order."""
    import feedparser

    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem).splitlines()[0]})" if problem else ""
        raise ArticleError(f"{source}: not an RSS or Atom feed{detail}")
    entries = []
    for item in parsed.entries:
        link = item.get("link") or _first_link(item)
        if not link:
            continue  # an entry that points nowhere holds no article to read
        link = urljoin(base, link)
        title = item.get("title") or None
        key = item.get("id") or (canonical_url(link) if is_url(link) else link)
        entries.append(Entry(str(key), _local(link), title, _entry_date(item), source))
    return entries


class SeenSet:
    """The entries already taken, by key: the article each became (or ``None``) and when."""

    def __init__(self, data_dir: str | Path) -> None:
        self.path = Path(data_dir) / SEEN_FILE
        self.entries: dict[str, dict[str, str | None]] = self._read()

    def __contains__(self, key: object) -> bool:
        return key in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, entry: Entry, article_id: str | None) -> None:
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        self.entries[entry.key] = {"article": article_id, "link": entry.link, "seen": now}

    def save(self) -> None:
        """Write the set, merged with what another run may have written meanwhile."""
        with transaction.locked(self.path.parent.parent):
            merged = {**self._read(), **self.entries}
            data = json.dumps(merged, indent=1, sort_keys=True, ensure_ascii=False)
            transaction.write_atomic(self.path, data.encode("utf-8"))
        self.entries = merged

    def _read(self) -> dict[str, dict[str, str | None]]:
        if not self.path.exists():
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise InputError(
                f"{self.path}: unreadable seen-set ({exc}); delete it to read every entry again"
            ) from None
        if not isinstance(data, dict):
            raise InputError(f"{self.path}: the seen-set must be a JSON object; delete it")
        return data


def _opml_outlines(data: bytes) -> list[str] | None:
    """The feed addresses of an OPML document, or None when ``data`` is not OPML."""
    head = data[:2048].lstrip().lower()
    if b"<opml" not in head:
        return None
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ArticleError(f"not a well-formed OPML file ({exc})") from None
    return [o.attrib["xmlUrl"] for o in root.iter("outline") if o.attrib.get("xmlUrl")]


def _first_link(item: dict) -> str | None:
    for link in item.get("links", ()):
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return str(link["href"])
    return None


def _entry_date(item: dict) -> date | None:
    stamp = item.get("published_parsed") or item.get("updated_parsed")
    if not stamp:
        return None
    try:
        return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
    except ValueError:
        return None


def _local(url: str) -> str:
    """A ``file:`` address as a path (an OPML file listing feeds beside it)."""
    if url.startswith("file://"):
        from urllib.request import url2pathname

        return url2pathname(url.removeprefix("file://"))
    return url


def dedupe(entries: Iterable[Entry]) -> list[Entry]:
    """Entries in order, each key once (two feeds of one outlet share entries)."""
    seen: set[str] = set()
    out = []
    for entry in entries:
        if entry.key not in seen:
            seen.add(entry.key)
            out.append(entry)
    return out
