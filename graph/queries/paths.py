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

from graph.dates import parse_iso_date
from graph.errors import InputError
from graph.model import QUOTE_KINDS, Actor
from graph.queries import reading, reports
from graph.queries.rows import StanceRow, StatementRow, TimelineRow
from graph.rdf import actor_iri, article_iri, claim_iri
from graph.store import Row, Store

__all__ = [
    "MonthlyCount",
    "StatementPage",
    "StorePaths",
    "TimelinePage",
    "as_timeline",
    "check_between",
    "check_kind",
    "stance_key",
    "timeline_key",
    "within",
]

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


@dataclass(frozen=True, slots=True)
class TimelinePage:
    """One page of the timeline in its order; pass ``rows[-1]`` as ``after`` for the next."""

    rows: tuple[TimelineRow, ...]
    more: bool
    total: int | None = None
    """How many items match over every page, where the store's index counts them cheaply."""


class StorePaths:
    """Questions answered by the store's own indexes (mixed into ``Queries``)."""

    store: Store
    _name: Callable[[str], str]
    _speakers: Callable[[str], list[str]]
    _few_actors: Callable[[Iterable[str]], dict[str, Actor]]
    _query: Callable[..., list[Row]]
    _reports: reports.Reports
    who_said: Callable[..., list[StatementRow]]
    timeline: Callable[..., list[TimelineRow]]
    _statements: Callable[[Iterable[Row]], list[StatementRow]]
    _events: Callable[[], list[reading.EventFact]]
    _check_types: Callable[[Sequence[str] | None], set[str] | None]
    _stances: Callable[..., list[reading.StanceFact]]
    _actor_events: Callable[[str], list[reading.EventFact]]
    resolve_actor: Callable[[str], Actor]

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
        """The statements ``iris``, in that order: from the text index's rows where it has them,
        else read by value from the store (``reading.statements_by_iri``)."""
        if not iris:
            return []
        index = getattr(self.store, "text_index", None)
        # From the index where it holds the rows (no store lookup), the rest from the store.
        by_iri: dict[str, Row] = reading.indexed_rows(index.rows(iris) if index is not None else {})
        missing = [URIRef(i) for i in iris if i not in by_iri]
        if missing:
            by_iri.update(reading.statements_by_iri(self._query, missing))
        self._few_actors({reading.local(r["speaker"], "actor") for r in by_iri.values()})
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
        every = self._reports.of(iris)
        by_utterance: dict[str, list[str]] = {}
        for r in every:
            by_utterance.setdefault(str(r["utterance"]), []).append(str(r["statement"]))
        utterance_of = {str(r["statement"]): str(r["utterance"]) for r in every}
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

    def timeline_page(
        self,
        actors: Sequence[str] | None = None,
        between: tuple[date | None, date | None] | None = None,
        types: Sequence[str] | None = None,
        *,
        kind: str | None = None,
        after: TimelineRow | None = None,
        limit: int = 100,
    ) -> TimelinePage:
        """``timeline``'s rows (statements of ``kind`` only, if given), ``limit`` at a time
        after the row ``after``, with ``total`` where the index counts it.

        With the store's index, statements are read a page at a time (keyset) and merged with
        the matching events (read once per instance), so no page reads every statement.
        """
        if limit < 1:
            raise InputError(f"a page holds at least one row, not {limit}")
        check_kind(kind)
        lo, hi = check_between(between)
        wanted = self._check_types(types)
        index = getattr(self.store, "text_index", None)
        if index is None:
            found = self.timeline(actors, between, types)
            if kind is not None:
                keep = {
                    (s.article, s.start, s.end) for s in self.who_said(kind=kind, every_report=True)
                }
                found = [r for r in found if r.kind != "statement" or _place(r) in keep]
            if after is not None:
                found = [r for r in found if timeline_key(r) > timeline_key(after)]
            return TimelinePage(tuple(found[:limit]), len(found) > limit, None)
        ids = sorted({i for name in actors or () for i in self._speakers(name)})
        events = [
            e.row
            for e in self._events()
            if (wanted is None or e.row.type in wanted)
            and (not actors or set(ids) & set(e.actor_ids))
            and within(e.row.date, lo, hi)
        ]
        total: int | None = len(events)
        events = sorted(
            (r for r in events if after is None or timeline_key(r) > timeline_key(after)),
            key=timeline_key,
        )
        said: list[TimelineRow] = []
        if wanted is None or "statement" in wanted:
            speakers = [str(actor_iri(i)) for i in ids]
            bounds = {"lo": lo and lo.isoformat(), "hi": hi and hi.isoformat()}
            said = self._timeline_statements(index, speakers, bounds, kind, after, limit + 1)
            count = index.count(speakers=speakers, **bounds)
            total = None if kind is not None else (total or 0) + count
        rows = sorted([*said, *events[: limit + 1]], key=timeline_key)
        return TimelinePage(tuple(rows[:limit]), len(rows) > limit, total)

    def _timeline_statements(
        self,
        index: object,
        speakers: list[str],
        bounds: dict[str, str | None],
        kind: str | None,
        after: TimelineRow | None,
        wanted: int,
    ) -> list[TimelineRow]:
        """The first ``wanted`` statements after ``after`` in timeline order, from the index."""
        key = None
        if after is not None:  # from the first statement at the row's place; cut below
            day = after.date.isoformat() if after.date else None
            key = (day, str(article_iri(after.article)), after.start - 1, "~")
        out: list[TimelineRow] = []
        batch = wanted
        while len(out) < wanted:
            iris = index.page(after=key, limit=batch, speakers=speakers, **bounds)  # type: ignore[attr-defined]
            rows = [as_timeline(s) for s in self._rows_by_iri(iris) if kind in (None, s.kind)]
            out += [r for r in rows if after is None or timeline_key(r) > timeline_key(after)]
            if len(iris) < batch:
                break
            day, article, start = index.keys([iris[-1]])[iris[-1]]  # type: ignore[attr-defined]
            key, batch = (day, article, start, iris[-1]), max(batch, 200)
        return sorted(out, key=timeline_key)[:wanted]

    def day_bounds(self, events: bool = True) -> tuple[date | None, date | None]:
        """The first and last day a statement (or, with ``events``, an event) is dated;
        (None, None) if none is. Two small aggregates where the store has an index."""
        index = getattr(self.store, "text_index", None)
        if index is not None:
            days = [parse_iso_date(d, "a stored date") for d in index.day_range() if d]
        else:
            statements = self._statements(self.store.query("statements"))
            days = [s.said_on for s in statements if s.said_on]
        if events:
            for r in self.store.query("event_days"):
                days += [
                    parse_iso_date(str(r[k])[:10], "a stored date") for k in ("lo", "hi") if r[k]
                ]
        return (min(days), max(days)) if days else (None, None)

    def _said_by(self, actor_id: str, lo: date | None, hi: date | None) -> tuple[int, list[date]]:
        """How many statements an actor made in ``[lo, hi]``, and the first and last day."""
        index = getattr(self.store, "text_index", None)
        if index is None or lo is not None or hi is not None:
            rows = self._statements(
                self.store.query("statements", {"speaker": actor_iri(actor_id)})
            )
            found = [s for s in rows if within(s.said_on, lo, hi)]
            return len(found), [s.said_on for s in found if s.said_on]
        iri = str(actor_iri(actor_id))
        days = [parse_iso_date(d, "a stored date") for d in index.day_range([iri]) if d]
        return index.count(speakers=[iri]), days

    def stances_around(
        self, actor_ids: Sequence[str], claim_ids: Sequence[str] = ()
    ) -> list[StanceRow]:
        """The stances taken by or on any of ``actor_ids``, or on any of ``claim_ids`` (a few
        bound queries, not every stance), one per utterance as ``stances`` counts them."""
        actors = [actor_iri(i) for i in sorted(set(actor_ids))]
        targets = [*actors, *(claim_iri(c) for c in sorted(set(claim_ids)))]
        facts = [*(self._stances(source=actors) if actors else ())]
        facts += self._stances(target=targets) if targets else []
        unique = {s.row: s for s in facts}
        ordered = sorted(unique.values(), key=lambda s: stance_key(s.row))
        return [s.row for s in reports.one_per_utterance(ordered)]

    def events_of(self, name: str) -> list[TimelineRow]:
        """The events an actor takes part in (not its spokespeople's), in time order."""
        who = self.resolve_actor(name)
        return sorted((e.row for e in self._actor_events(who.id)), key=timeline_key)

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


def as_timeline(s: StatementRow) -> TimelineRow:
    """A statement as a timeline item."""
    return TimelineRow(
        s.said_on,
        s.date_certainty,
        "statement",
        "statement",
        (s.speaker,),
        s.text,
        s.article,
        s.start,
        s.end,
    )


def timeline_key(r: TimelineRow) -> tuple[object, ...]:
    """The timeline's order: dated first, by day, article, offsets, kind and type."""
    return (r.date is None, r.date or date.min, r.article, r.start, r.end, r.kind, r.type)


def _place(r: TimelineRow) -> tuple[str, int, int]:
    return (r.article, r.start, r.end)


def within(day: date | None, lo: date | None, hi: date | None) -> bool:
    """Whether ``day`` lies in ``[lo, hi]``; an undated fact lies in no bounded period."""
    if lo is None and hi is None:
        return True
    if day is None:
        return False
    return (lo is None or day >= lo) and (hi is None or day <= hi)


def stance_key(s: StanceRow) -> tuple[object, ...]:
    """The order of stances: dated first, by day, article, offsets, source, target, polarity."""
    return (
        s.date is None,
        s.date or date.min,
        s.article,
        s.start,
        s.end,
        s.source_id,
        s.target_id,
        s.polarity,
    )


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
