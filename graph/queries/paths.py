"""The questions the store answers directly: a period pushed into SPARQL, keyset pages, the
full-text index, monthly counts. Mixed into ``Queries``; nothing here loads every statement when
the store has a text index (the Oxigraph stores).

Without a text index (``memory``, ``sparql:``), search, pages and counts fall back to SPARQL
answers filtered here, with the same results: slower, never different.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from rdflib import XSD, Literal, URIRef

from graph.errors import InputError
from graph.queries import reading
from graph.queries.rows import StatementRow
from graph.rdf import actor_iri, article_iri
from graph.store import Row, Store

__all__ = ["MonthlyCount", "StatementPage", "StorePaths"]

_EARLIEST = Literal("0001-01-01", datatype=XSD.date)
_LATEST = Literal("9999-12-31", datatype=XSD.date)


@dataclass(frozen=True, slots=True)
class MonthlyCount:
    """How many dated statements ``speaker`` made in ``month`` (``YYYY-MM``)."""

    speaker: str
    speaker_id: str
    month: str
    statements: int


@dataclass(frozen=True, slots=True)
class StatementPage:
    """One page of statements in time order; pass ``rows[-1]`` as ``after`` for the next."""

    rows: tuple[StatementRow, ...]
    more: bool


class StorePaths:
    """Questions answered by the store's own indexes (mixed into ``Queries``)."""

    store: Store
    _name: Callable[[str], str]
    _speakers: Callable[[str], list[str]]

    def _period_rows(self, speakers: Sequence[str], lo: date | None, hi: date | None) -> list[Row]:
        """The statement rows of ``speakers`` (ids) dated in ``[lo, hi]``, from the store."""
        bounds = {
            "lo": _EARLIEST if lo is None else Literal(lo.isoformat(), datatype=XSD.date),
            "hi": _LATEST if hi is None else Literal(hi.isoformat(), datatype=XSD.date),
        }
        if not speakers:
            return self.store.query("who_said", bounds)
        # One query for the actor and those who speak for it.
        return self.store.query("who_said", {**bounds, "speaker": [actor_iri(s) for s in speakers]})

    def _rows_by_iri(self, iris: Sequence[str]) -> list[StatementRow]:
        """The statements ``iris``, in that order, read in one query."""
        if not iris:
            return []
        rows = self.store.query("statements", {"statement": [URIRef(i) for i in iris]})
        by_iri = {str(r["statement"]): r for r in rows}
        return [reading.statement(by_iri[i], self._name) for i in iris if i in by_iri]

    def _indexed_search(
        self, text: str, lo: date | None, hi: date | None, limit: int | None
    ) -> list[StatementRow] | None:
        """Statements containing ``text`` through the text index; None without one."""
        index = getattr(self.store, "text_index", None)
        if index is None:
            return None
        iris = index.search(
            text,
            lo=lo.isoformat() if lo else None,
            hi=hi.isoformat() if hi else None,
            limit=limit,
        )
        return self._rows_by_iri(iris)

    def statements_page(
        self,
        after: StatementRow | None = None,
        limit: int = 50,
        actor: str | None = None,
    ) -> StatementPage:
        """Statements in time order (undated last), ``limit`` at a time, after the row ``after``.

        Keyset pagination: a page costs the same wherever it starts (no OFFSET).
        """
        if limit < 1:
            raise InputError(f"a page holds at least one row, not {limit}")
        speakers = self._speakers(actor) if actor is not None else []
        index = getattr(self.store, "text_index", None)
        if index is None:
            return self._page_by_scan(after, limit, speakers)
        key = None
        if after is not None:
            key = (
                after.said_on.isoformat() if after.said_on else None,
                str(article_iri(after.article)),
                after.start,
                _statement_iri(after),
            )
        iris = index.page(
            after=key, limit=limit + 1, speakers=[str(actor_iri(s)) for s in speakers]
        )
        rows = self._reports.each(self._rows_by_iri(iris[:limit]))
        return StatementPage(tuple(rows), len(iris) > limit)

    def _page_by_scan(
        self, after: StatementRow | None, limit: int, speakers: Sequence[str]
    ) -> StatementPage:
        if speakers:
            rows = [
                r
                for s in speakers
                for r in self.store.query("statements", {"speaker": actor_iri(s)})
            ]
        else:
            rows = self.store.query("statements")
        found = sorted((reading.statement(r, self._name) for r in rows), key=_page_key)
        if after is not None:
            found = [s for s in found if _page_key(s) > _page_key(after)]
        return StatementPage(tuple(self._reports.each(found[:limit])), len(found) > limit)

    def monthly_counts(self, actor: str | None = None) -> list[MonthlyCount]:
        """Dated statements per speaker and month, by speaker id and month.

        From the store's index where it has one (kept at build and ingest), else one SPARQL
        aggregate. With ``actor``, that actor and those who speak for it.
        """
        speakers = self._speakers(actor) if actor is not None else []
        iris = [str(actor_iri(s)) for s in speakers]
        index = getattr(self.store, "text_index", None)
        if index is not None:
            counts = index.monthly_counts(iris)
        else:
            counts = [
                (str(r["speaker"]), str(r["month"]), int(str(r["n"])))
                for r in self.store.query("monthly_counts")
                if not iris or str(r["speaker"]) in iris
            ]
        out = []
        for speaker, month, n in counts:
            speaker_id = reading.local(URIRef(speaker), "actor")
            out.append(MonthlyCount(self._name(speaker_id), speaker_id, month, n))
        return sorted(out, key=lambda c: (c.speaker_id, c.month))


def _statement_iri(s: StatementRow) -> str:
    from graph.rdf import fact_iri

    return str(fact_iri(s.article, f"statement-{s.start}-{s.end}-{s.speaker_id}"))


def _page_key(s: StatementRow) -> tuple[object, ...]:
    """The order of pages: dated first, by day, article, offset and IRI (as the index)."""
    day = s.said_on.isoformat() if s.said_on else "~"
    return (day, s.article, s.start, _statement_iri(s))
