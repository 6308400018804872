"""Fetching from the web: http and https only, a timeout, a size limit, bounded redirects.

Every failure is one ``ArticleError`` line naming the address and what went wrong (not found, not
an HTML page, too large, no article text, no answer in time), so a command can report it and go
on with the next address. Nothing here runs unless a user gives an address.
"""

from __future__ import annotations

import hashlib
import ipaddress
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from graph import __version__, settings
from graph.corpus import parse_metadata, read_article
from graph.errors import ArticleError
from graph.model import Article
from graph.text import slugify
from graph.webpage import looks_like_html, max_page_bytes, page_text

__all__ = [
    "MAX_REDIRECTS",
    "USER_AGENT",
    "Fetched",
    "article_id",
    "fetch",
    "fetch_page",
    "is_url",
    "read_source",
    "read_url",
]

USER_AGENT = f"stancegraph/{__version__} (news stance research; +https://w3id.org/stancegraph)"
"""Sent with every request, so a site can tell who is reading it."""


MAX_REDIRECTS = 5
"""Redirects followed before giving up (a chain longer than this is a loop or a trap)."""

HTML_TYPES = ("text/html", "application/xhtml+xml")

_CHUNK = 65_536


@dataclass(frozen=True, slots=True)
class Fetched:
    """What an address answered: where it ended up, the content type and the body."""

    url: str
    final_url: str
    content_type: str
    charset: str | None
    body: bytes


def is_url(text: str) -> bool:
    """Whether ``text`` is an http or https address (what ``fetch`` accepts).

    >>> is_url("https://example.org/news/1"), is_url("news/1.html"), is_url("ftp://x/y")
    (True, False, False)
    """
    parts = urlsplit(text.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def fetch(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    max_redirects: int = MAX_REDIRECTS,
    accept: str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
) -> Fetched:
    """GET ``url``, following at most ``max_redirects`` redirects to http(s) addresses.

    ``timeout`` (seconds, to connect and for the whole answer) and ``max_bytes`` default to
    the settings ``fetch_timeout`` and ``page_max_bytes``.
    """
    if not is_url(url):
        raise ArticleError(f"{url!r} is not an http or https address")
    timeout = float(settings.value("fetch_timeout")) if timeout is None else timeout
    max_bytes = max_page_bytes() if max_bytes is None else max_bytes
    deadline = time.monotonic() + timeout
    current = url
    for _ in range(max_redirects + 1):
        response = _open(current, timeout=timeout, accept=accept)
        if response is None:
            raise ArticleError(f"{url}: no answer within {timeout:g} s")
        status, headers, stream = response
        if status in (301, 302, 303, 307, 308):
            stream.close()
            target = headers.get("Location")
            if not target:
                raise ArticleError(f"{current}: a redirect (HTTP {status}) without a Location")
            current = urljoin(current, target)
            if not is_url(current):
                raise ArticleError(f"{url}: redirected to {current!r}, which is not http(s)")
            continue
        with stream:
            body = _read_limited(stream, headers, current, max_bytes, deadline, timeout)
        body = _decoded(body, headers.get("Content-Encoding", ""), current, max_bytes)
        message = Message()
        message["Content-Type"] = headers.get("Content-Type", "")
        return Fetched(
            url, current, message.get_content_type(), message.get_content_charset(), body
        )
    raise ArticleError(f"{url}: more than {max_redirects} redirects (the last to {current})")


def read_url(url: str, *, timeout: float | None = None, max_bytes: int | None = None) -> Article:
    """Fetch a page and read its article: main text and metadata, the id from title and address.

    The page's canonical link, when it has one, is the article's ``url``.
    """
    text, meta, default_id = fetch_page(url, timeout=timeout, max_bytes=max_bytes)
    return parse_metadata(text, meta, default_id=default_id)


def fetch_page(
    url: str, *, timeout: float | None = None, max_bytes: int | None = None
) -> tuple[str, dict[str, Any], str]:
    """A page's main text, its metadata (sidecar fields) and an id for it, before any check
    of the metadata: a caller may complete it (the app's form) before ``parse_metadata``."""
    page = fetch(url, timeout=timeout, max_bytes=max_bytes)
    if page.content_type not in HTML_TYPES and not looks_like_html(page.body):
        raise ArticleError(f"{url}: not an HTML page (content type {page.content_type})")
    html: bytes | str = page.body
    if page.charset:
        try:
            html = page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            html = page.body  # a wrong header: let the page's own declaration decide
    text, meta = page_text(html, url=page.final_url, where=url)
    meta.setdefault("url", page.final_url)
    return text, meta, article_id(meta["url"], meta.get("title"))


def read_source(source: str | Path) -> Article:
    """An article from an http(s) address or a file (text with its sidecar, or a saved page)."""
    if isinstance(source, str) and is_url(source):
        return read_url(source)
    return read_article(source)


def article_id(url: str, title: str | None = None) -> str:
    """A readable, stable id for an article found at ``url``: its title (or the last part of
    the address) and a short hash of the address, so two outlets' same headline stay apart.

    >>> article_id("https://news.example/world/deal-rejected?id=3", "Deal rejected")
    'deal-rejected-76cab79e'
    """
    words = title or urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] or urlsplit(url).netloc
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    stem = slugify(words)[:60].strip("-")
    return f"{stem}-{digest}" if stem else f"page-{digest}"


def _open(url: str, *, timeout: float, accept: str):  # type: ignore[no-untyped-def]
    """One request, no redirect followed: (status, headers, stream), or None on a timeout."""
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "identity"}
    )
    handlers: list[urllib.request.BaseHandler] = [_NoRedirect()]
    if _is_loopback(urlsplit(url).hostname or ""):
        handlers.append(urllib.request.ProxyHandler({}))  # this machine: never through a proxy
    opener = urllib.request.build_opener(*handlers)
    try:
        response = opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            return exc.code, exc.headers, exc
        exc.close()
        if exc.code in (404, 410):
            raise ArticleError(f"{url}: not found (HTTP {exc.code})") from None
        raise ArticleError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            return None
        raise ArticleError(f"{url}: cannot connect ({_reason(exc.reason)})") from None
    except TimeoutError:
        return None
    except (OSError, ValueError) as exc:
        raise ArticleError(f"{url}: cannot fetch ({_reason(exc)})") from None
    return response.status, response.headers, response


def _read_limited(stream, headers, url: str, limit: int, deadline: float, timeout: float) -> bytes:  # type: ignore[no-untyped-def]
    declared = headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ArticleError(f"{url}: too large ({int(declared):,} bytes; the limit is {limit:,})")
    chunks: list[bytes] = []
    size = 0
    try:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise ArticleError(f"{url}: too large (over {limit:,} bytes, the limit)")
            if time.monotonic() > deadline:
                raise ArticleError(f"{url}: no complete answer within {timeout:g} s")
            chunks.append(chunk)
    except TimeoutError:
        raise ArticleError(f"{url}: no complete answer within {timeout:g} s") from None
    except OSError as exc:
        raise ArticleError(f"{url}: the answer broke off ({_reason(exc)})") from None
    return b"".join(chunks)


def _decoded(body: bytes, encoding: str, url: str, limit: int) -> bytes:
    """The body as sent before compression (a server may compress though asked not to),
    never more than ``limit`` bytes of it."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise ArticleError(f"{url}: the answer is encoded as {encoding!r}, which is not read")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        plain = zlib.decompressobj(wbits).decompress(body, limit + 1)
    except zlib.error as exc:
        raise ArticleError(f"{url}: a broken {encoding} answer ({exc})") from None
    if len(plain) > limit:
        raise ArticleError(f"{url}: too large (over {limit:,} bytes once decompressed)")
    return plain


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as answers, so ``fetch`` counts them and checks each address."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__
