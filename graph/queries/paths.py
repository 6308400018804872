"""The questions the store answers directly: a period pushed into SPARQL, keyset pages, the
full-text index, monthly counts. Mixed into ``Queries``; nothing here loads every statement when
the store has a text index (the Oxigraph stores).

Without a text index (``memory``, ``sparql:``), search, pages and counts fall back to SPARQL
answers filtered here, with the same results: slower, never different.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from rdflib import XSD, Literal, URIRef

from graph.errors import InputError
from graph.model import QUOTE_KINDS, Actor
from graph.queries import reading, reports
from graph.queries.rows import StatementRow
from graph.rdf import actor_iri, article_iri
from graph.store import Row, Store

__all__ = ["MonthlyCount", "StatementPage", "StorePaths", "check_between", "check_kind"]

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
    total: int | None = None
    """How many statements match over every page (each report counted), where the store's
    index counts them cheaply; None otherwise."""


class StorePaths:
    """Questions answered by the store's own indexes (mixed into ``Queries``)."""

    store: Store
    _name: Callable[[str], str]
    _speakers: Callable[[str], list[str]]
    _few_actors: Callable[[Iterable[str]], dict[str, Actor]]
    _reports: reports.Reports
    who_said: Callable[..., list[StatementRow]]

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
        self._few_actors({reading.local(r["speaker"], "actor") for r in rows})
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
        key = _index_key(after) if after is not None else None
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

    def who_said_page(
        self,
        actor: str | None = None,
        between: tuple[date | None, date | None] | None = None,
        kind: str | None = None,
        *,
        about: str | None = None,
        every_report: bool = False,
        after: StatementRow | None = None,
        limit: int = 50,
    ) -> StatementPage:
        """``who_said``'s rows, ``limit`` at a time after the row ``after``, with ``total``.

        With the store's index and no ``about``, only the rows of the page are read (keyset
        pages in time order, as ``statements_page``): a speaker with a hundred thousand
        statements costs what one with fifty does. Otherwise the whole answer is cut.
        """
        if limit < 1:
            raise InputError(f"a page holds at least one row, not {limit}")
        index = getattr(self.store, "text_index", None)
        if index is None or about is not None:
            found = self.who_said(
                actor, about, between=between, kind=kind, every_report=every_report
            )
            if after is not None:
                found = [s for s in found if _page_key(s) > _page_key(after)]
            return StatementPage(tuple(found[:limit]), len(found) > limit, None)
        check_kind(kind)
        lo, hi = check_between(between)
        speakers = [str(actor_iri(s)) for s in self._speakers(actor)] if actor is not None else []
        bounds = {"lo": lo and lo.isoformat(), "hi": hi and hi.isoformat()}
        key = _index_key(after) if after is not None else None
        kept: list[StatementRow] = []
        batch = limit + 1
        while len(kept) <= limit:
            iris = index.page(after=key, limit=batch, speakers=speakers, **bounds)
            rows = [r for r in self._rows_by_iri(iris) if kind is None or r.kind == kind]
            kept += rows if every_report else self._first_reports(rows, index, bounds)
            if len(iris) < batch:
                break
            day, article, start = index.keys([iris[-1]])[iris[-1]]
            key, batch = (day, article, start, iris[-1]), max(batch, 200)
        rows = self._reports.each(kept[:limit], every=True)
        total = index.count(speakers=speakers, **bounds)
        return StatementPage(tuple(rows), len(kept) > limit, total)

    def _first_reports(
        self, rows: list[StatementRow], index: object, bounds: dict[str, str | None]
    ) -> list[StatementRow]:
        """The rows that are their utterance's first report in page order (among the reports
        dated in the period), as ``who_said`` lists one row per utterance."""
        iris = [_statement_iri(s) for s in rows]
        if not iris:
            return []
        first = self.store.query("reports", {"statement": [URIRef(i) for i in iris]})
        said = sorted({r["utterance"] for r in first}, key=str)
        every = self.store.query("reports", {"utterance": said}) if said else []
        by_utterance: dict[str, list[str]] = {}
        for r in every:
            by_utterance.setdefault(str(r["utterance"]), []).append(str(r["statement"]))
        utterance_of = {str(r["statement"]): str(r["utterance"]) for r in first}
        keys = index.keys(sorted({i for group in by_utterance.values() for i in group}))  # type: ignore[attr-defined]
        lo, hi = bounds["lo"], bounds["hi"]

        def order(iri: str) -> tuple[object, ...]:
            day, article, start = keys[iri]
            return (day or "~", article, start, iri)

        def within(iri: str) -> bool:
            day = keys[iri][0]
            if lo is None and hi is None:
                return True
            return day is not None and (lo is None or day >= lo) and (hi is None or day <= hi)

        out = []
        for iri, row in zip(iris, rows, strict=True):
            reported = [i for i in by_utterance.get(utterance_of.get(iri, ""), ()) if i in keys]
            candidates = [i for i in reported if within(i)] or [iri]
            if min(candidates, key=order) == iri:
                out.append(row)
        return out

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


def check_kind(kind: str | None) -> None:
    if kind is not None and kind not in QUOTE_KINDS:
        raise InputError(f"kind {kind!r} is not one of {', '.join(QUOTE_KINDS)}")


def check_between(
    between: tuple[date | None, date | None] | None,
) -> tuple[date | None, date | None]:
    """The bounds of a period, checked: one that ends before it starts is an ``InputError``."""
    if between is None:
        return None, None
    lo, hi = between
    if lo is not None and hi is not None and lo > hi:
        raise InputError(f"the period starts on {lo} after it ends on {hi}; swap --from and --to")
    return lo, hi


def _index_key(s: StatementRow) -> tuple[str | None, str, int, str]:
    """A row's place in the index's order: (day, article IRI, start, statement IRI)."""
    day = s.said_on.isoformat() if s.said_on else None
    return (day, str(article_iri(s.article)), s.start, _statement_iri(s))


def _statement_iri(s: StatementRow) -> str:
    from graph.rdf import fact_iri

    return str(fact_iri(s.article, f"statement-{s.start}-{s.end}-{s.speaker_id}"))


def _page_key(s: StatementRow) -> tuple[object, ...]:
    """The order of pages: dated first, by day, article, offset and IRI (as the index)."""
    day = s.said_on.isoformat() if s.said_on else "~"
    return (day, s.article, s.start, _statement_iri(s))
