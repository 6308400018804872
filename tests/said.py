"""What an extractor finds said in a text of our own: (speaker's name, statement), in text order
(statements at one place ordered by speaker); who said given words; on which day."""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue, Quote

__all__ = [
    "dated_openings",
    "days_by_speaker",
    "reports",
    "said",
    "said_texts",
    "speaker_of",
    "speakers",
]

FRIDAY = DateValue(date(2025, 3, 14), "stated")  # the publication day of the dated tests
TUESDAY = DateValue(date(2025, 10, 14), "stated")  # the publication day of the day-by-speaker tests


def said(
    extractor: Extractor, text: str, published: DateValue | None = None
) -> list[tuple[str, Quote]]:
    article = Article("t", text) if published is None else Article("t", text, published=published)
    result = extractor(article)
    names = {a.id: a.name for a in result.actors}
    found = [(names[q.speaker], q) for q in result.quotes]
    return sorted(found, key=lambda pair: (pair[1].span.start, pair[0]))


def said_texts(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    """(speaker's name, words) of every statement ``extractor`` finds in ``text``."""
    return {(name, q.span.text) for name, q in said(extractor, text)}


def reports(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    """(speaker's name, cue, words) of every statement ``extractor`` finds in ``text``."""
    return [(name, q.cue or "", q.span.text) for name, q in said(extractor, text)]


def speakers(extractor: Extractor, text: str) -> list[str]:
    """The speakers' names of what ``extractor`` finds said in ``text``, in text order."""
    return [name for name, _ in said(extractor, text)]


def speaker_of(extractor: Extractor, text: str, words: str) -> str | None:
    """The name of the speaker of the first statement in ``text`` holding ``words``, or None."""
    return next((name for name, q in said(extractor, text) if words in q.span.text), None)


def dated_openings(extractor: Extractor, text: str) -> dict[str, str | None]:
    """Each statement's first twelve characters -> its ``said_on`` (ISO) in the exchange
    contract, for ``text`` published on Friday 2025-03-14."""
    result = to_contract(extractor(Article("t", text, published=FRIDAY)))
    return {q["text"][:12]: q["said_on"] for q in result["quotes"]}


def days_by_speaker(
    extractor: Extractor, text: str, published: DateValue = TUESDAY
) -> dict[str, date | None]:
    """Each speaker's name -> the day of their (last) statement in ``text``, published on
    ``published`` (a Tuesday, 2025-10-14, unless given)."""
    result = extractor(Article("t", text, published=published))
    names = {a.id: a.name for a in result.actors}
    return {names[q.speaker]: q.said_on.value for q in result.quotes}
