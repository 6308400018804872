"""What an extractor finds said in a text of our own: (speaker's name, statement), in text order
(statements at one place ordered by speaker)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article, DateValue, Quote

__all__ = ["said", "speakers"]


def said(
    extractor: Extractor, text: str, published: DateValue | None = None
) -> list[tuple[str, Quote]]:
    article = Article("t", text) if published is None else Article("t", text, published=published)
    result = extractor(article)
    names = {a.id: a.name for a in result.actors}
    found = [(names[q.speaker], q) for q in result.quotes]
    return sorted(found, key=lambda pair: (pair[1].span.start, pair[0]))


def speakers(extractor: Extractor, text: str) -> list[str]:
    """The speakers' names of what ``extractor`` finds said in ``text``, in text order."""
    return [name for name, _ in said(extractor, text)]
