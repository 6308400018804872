"""Article identity: is this article one the data folder already holds?

An article is the same as a stored one when it has the same canonical address (after dropping
what does not name a page: a fragment, tracking parameters, a default port, letter case of the
host) or the same text under another address (after folding whitespace, quotation marks and
dashes, which a site's templates change). The same address with another text is a new version:
it replaces the stored one, under the stored id. Nothing here writes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from graph.corpus import read_article
from graph.model import Article

__all__ = ["ArticleIndex", "Verdict", "canonical_url", "text_fingerprint"]

Kind = Literal["new", "changed", "unchanged", "duplicate"]

_TRACKING = re.compile(
    r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign)$"
)
_FOLD = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'",
     "–": "-", "—": "-", "−": "-", "\u00a0": " ", "…": "..."}
)  # fmt: skip


def canonical_url(url: str) -> str:
    """The address with what does not name the page removed.

    >>> canonical_url("HTTPS://News.Example:443/a/b/?utm_source=rss&id=3#comments")
    'https://news.example/a/b?id=3'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(scheme)
    if parts.port and parts.port != default:
        host = f"{host}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, query, ""))


def text_fingerprint(text: str) -> str:
    """A digest of the text that ignores spacing, quotation-mark and dash styles.

    >>> text_fingerprint("“Yes,” he said.") == text_fingerprint('"Yes,"  he said.\\n')
    True
    """
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return hashlib.sha256(" ".join(folded.split()).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Verdict:
    """What to do with an article: ``new`` and ``changed`` are ingested (``article`` carries the
    stored id for a changed one); ``unchanged`` and ``duplicate`` are not. ``known`` is the id
    of the stored article it matched."""

    kind: Kind
    article: Article
    known: str | None = None

    @property
    def wanted(self) -> bool:
        return self.kind in ("new", "changed")

    @property
    def reason(self) -> str:
        """One line for the user."""
        a = self.article
        if self.kind == "unchanged":
            return f"{a.id}: unchanged since it was ingested; skipped"
        if self.kind == "duplicate":
            return f"{a.url or a.path or a.id}: the same text as article {self.known}; skipped"
        if self.kind == "changed":
            return f"{a.id}: a new version of the stored article; it replaces it"
        return f"{a.id}: new"


class ArticleIndex:
    """The stored articles by id, canonical address and text fingerprint."""

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._text: dict[str, str] = {}  # id -> fingerprint
        self._by_url: dict[str, str] = {}
        self._by_text: dict[str, str] = {}
        for article in articles:
            self.add(article)

    @classmethod
    def load(cls, data_dir: str | Path) -> ArticleIndex:
        """The articles kept in ``DATA/articles`` (ingested and annotated ones)."""
        folder = Path(data_dir) / "articles"
        return cls(read_article(p) for p in sorted(folder.glob("*.txt")))

    def __len__(self) -> int:
        return len(self._text)

    def add(self, article: Article) -> None:
        digest = text_fingerprint(article.text)
        self._text[article.id] = digest
        self._by_text.setdefault(digest, article.id)
        if article.url:
            self._by_url[canonical_url(article.url)] = article.id

    def classify(self, article: Article) -> Verdict:
        """Whether ``article`` is new, a new version of a stored one, or one already stored."""
        digest = text_fingerprint(article.text)
        known = self._by_url.get(canonical_url(article.url)) if article.url else None
        if known is None and article.id in self._text:
            known = article.id
        if known is not None:
            if self._text.get(known) == digest:
                return Verdict("unchanged", article, known)
            if known != article.id:
                article = dataclasses.replace(article, id=known)
            return Verdict("changed", article, known)
        same_text = self._by_text.get(digest)
        if same_text is not None:
            return Verdict("duplicate", article, same_text)
        return Verdict("new", article)

    def sort(self, articles: Sequence[Article]) -> list[Verdict]:
        """A verdict for each article, in order; an article repeated in ``articles`` is a
        duplicate of its first occurrence."""
        verdicts = []
        for article in articles:
            verdict = self.classify(article)
            if verdict.wanted:
                self.add(verdict.article)
            verdicts.append(verdict)
        return verdicts
