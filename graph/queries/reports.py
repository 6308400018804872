"""One utterance, many reports: statement rows grouped by what was said, stances counted once.

A statement is one article's report of an utterance (``sg:utterance``). ``who-said`` lists an
utterance once, as its first report, with how many reports it has and from which outlets; with
``every`` it lists each report. A stance resting on a report counts once per utterance: when
several articles report the same words and draw the same stance from them, the earliest stays.
Graphs built before utterances existed read as one report per statement. ``stance_edges`` is the
stance network in the same count: one row per source, target and polarity, from the store's
stance index where it has one (the Oxigraph stores), else from one SPARQL aggregate.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph.dates import parse_iso_date
from graph.queries import reading
from graph.queries.reading import StanceFact
from graph.queries.rows import StanceEdge, StatementRow
from graph.rdf import article_iri, fact_iri
from graph.store import Row, Store
from graph.vocab import SGD

__all__ = [
    "Report",
    "Reports",
    "group",
    "one_per_utterance",
    "read_outlets",
    "read_reports",
    "stance_edges",
]


@dataclass(frozen=True, slots=True)
class Report:
    """Where a statement reports its utterance: the article, its outlet and publication day."""

    utterance: str
    article: str
    outlet: str | None
    published: date | None


Outlets = Mapping[str, tuple[str | None, date | None]]
"""Article id -> its outlet and publication day."""


def read_outlets(rows: Iterable[Row]) -> dict[str, tuple[str | None, date | None]]:
    """Article id -> (outlet, publication day), from the rows of ``outlets.rq``."""
    return {
        reading.local(r["article"], "article"): (
            None if r["outlet"] is None else str(r["outlet"]),
            _day(r["published"]),
        )
        for r in rows
    }


def read_reports(rows: Iterable[Row], outlets: Outlets) -> dict[str, Report]:
    """Statement IRI -> its report (``reports.rq``)."""
    found = {}
    for r in rows:
        article = reading.local(r["article"], "article")
        outlet, published = outlets.get(article, (None, None))
        found[str(r["statement"])] = Report(str(r["utterance"]), article, outlet, published)
    return found


def _day(node: object) -> date | None:
    return None if node is None else _stored_day(str(node)[:10])


@lru_cache(maxsize=8192)
def _stored_day(text: str) -> date:
    """A stored day, parsed once (a network's rows repeat a few thousand days many times)."""
    return parse_iso_date(text, "a stored date")


def group(
    found: Iterable[tuple[str, StatementRow]],
    reports: Mapping[str, Report],
    outlets: Outlets,
    *,
    every: bool,
) -> list[StatementRow]:
    """Rows carrying their utterance's reports, outlets and first day; one per utterance unless
    ``every``. ``found`` pairs each row with its statement IRI, in the order to keep."""
    by_utterance: dict[str, list[Report]] = defaultdict(list)
    for report in reports.values():
        by_utterance[report.utterance].append(report)
    out: list[StatementRow] = []
    taken: set[str] = set()
    for iri, row in found:
        report = reports.get(iri)
        if report is None:  # reported once (or stored before utterances existed)
            outlet, published = outlets.get(row.article, (None, None))
            own = Report(iri, row.article, outlet, published)
            out.append(_with(row, [own]))
            continue
        if not every and report.utterance in taken:
            continue
        taken.add(report.utterance)
        out.append(_with(row, by_utterance[report.utterance]))
    return out


def _with(row: StatementRow, reports: list[Report]) -> StatementRow:
    days = [r.published for r in reports if r.published is not None]
    outlets = dict.fromkeys(
        r.outlet
        for r in sorted(reports, key=lambda r: (r.published is None, r.published or date.min))
        if r.outlet
    )
    return dataclasses.replace(
        row,
        reports=len({r.article for r in reports}),
        outlets=tuple(outlets),
        first_reported=min(days) if days else None,
    )


class Reports:
    """The reports of a store's statements, for the facade's rows: read for the rows asked
    about (two small queries), or once for the whole graph when the rows are many."""

    FEW = 500
    """Up to this many rows, their reports and outlets are looked up by value; past it, every
    outlet is read, and every report too unless the store's text index holds them."""

    def __init__(self, query: Callable[..., list[Row]], index: object = None) -> None:
        self._query = query
        self._index = index
        """The store's text index, if it has one: reports are then read from it."""

    def of(self, iris: Sequence[str]) -> list[Row]:
        """``utterance_reports.rq``'s rows for the statements ``iris``: every report of the
        utterances they report (from the text index where the store has one)."""
        if self._index is None:
            return self._query("utterance_reports", of=[URIRef(i) for i in iris])
        found = self._index.reports(iris)  # type: ignore[attr-defined]
        return [{"statement": s, "utterance": u, "article": a} for s, u, a in found]

    @cached_property
    def _all_outlets(self) -> dict[str, tuple[str | None, date | None]]:
        return read_outlets(self._query("outlets"))

    @cached_property
    def _all(self) -> dict[str, Report]:
        return read_reports(self._query("reports"), self._all_outlets)

    def rows(self, found: Iterable[StatementRow], *, every: bool) -> list[StatementRow]:
        """``found`` in time order, each with its utterance's reports; one row per utterance
        unless ``every``."""
        ordered = sorted(
            found,
            key=lambda s: (s.said_on is None, s.said_on or date.min, s.article, s.start, s.end),
        )
        return self.each(ordered, every=every)

    def each(self, found: Sequence[StatementRow], *, every: bool = True) -> list[StatementRow]:
        """``found`` in its order, each with its utterance's reports."""
        iris = [
            str(fact_iri(s.article, f"statement-{s.start}-{s.end}-{s.speaker_id}")) for s in found
        ]
        if len(found) > self.FEW and self._index is None:
            known, outlets = self._all, self._all_outlets
        elif len(found) > self.FEW:  # the text index finds any number of rows' reports by value
            known = read_reports(self.of(iris), self._all_outlets)
            outlets = self._all_outlets
        else:
            known, outlets = self._lookup(iris, {s.article for s in found})
        return group(zip(iris, found, strict=True), known, outlets, every=every)

    def _lookup(self, iris: list[str], articles: set[str]) -> tuple[dict[str, Report], Outlets]:
        if not iris:
            return {}, {}
        rows = self.of(iris)
        articles |= {reading.local(r["article"], "article") for r in rows}
        outlets = read_outlets(
            self._query("outlets", article=[article_iri(a) for a in sorted(articles)])
        )
        return read_reports(rows, outlets), outlets


def one_per_utterance(facts: Iterable[StanceFact]) -> list[StanceFact]:
    """Stances, each resting on an utterance counted once: of the stances with the same source,
    polarity and target resting on reports of one utterance, the first stays."""
    seen: set[tuple[str, str, str, str]] = set()
    out = []
    for fact in facts:
        if fact.utterance is not None:
            row = fact.row
            key = (fact.utterance, row.source_id, row.polarity, row.target_id)
            if key in seen:
                continue
            seen.add(key)
        out.append(fact)
    return out


EdgeTuple = tuple[str, str, str, int, str | None, str | None, int, str, str]


def stance_edges(
    store: Store,
    query: Callable[..., list[Row]],
    name: Callable[[str], str],
    claims: Mapping[str, str],
    between: tuple[date | None, date | None] = (None, None),
    *,
    undated: bool = True,
) -> list[StanceEdge]:
    """The stance network as ``StanceEdge`` rows: stances dated in ``between`` (both ends
    included, None open) and, if ``undated``, those with no date; each utterance counted once,
    dated by its earliest report (as ``one_per_utterance`` keeps it)."""
    lo, hi = between
    index = getattr(store, "text_index", None)
    if index is not None and index.note("stances") is not None:
        rows: list[EdgeTuple] = index.stance_edges(
            lo.isoformat() if lo else None, hi.isoformat() if hi else None, undated=undated
        )
    else:
        bound = {
            "lo": [Literal((lo or date(1, 1, 1)).isoformat(), datatype=XSD.date)],
            "hi": [Literal((hi or date(9999, 12, 31)).isoformat(), datatype=XSD.date)],
            "undated": [Literal(undated)],
        }
        rows = [_edge_tuple(r) for r in query("stance_edges", **bound)]
    ends: dict[str, tuple[str, str, str]] = {}  # IRI -> kind, id, name: a few thousand ends

    def end(iri: str) -> tuple[str, str, str]:
        found = ends.get(iri)
        if found is None:
            if iri.startswith(f"{SGD}claim/"):
                claim_id = reading.local(iri, "claim")
                found = ("claim", claim_id, claims.get(claim_id, claim_id))
            else:
                actor_id = reading.local(iri, "actor")
                found = ("actor", actor_id, name(actor_id))
            ends[iri] = found
        return found

    return [_stance_edge(r, end) for r in sorted(rows)]


def _edge_tuple(r: Row) -> EdgeTuple:
    def text(key: str) -> str | None:
        return None if r[key] is None else str(r[key])

    return (
        str(r["source"]),
        str(r["target"]),
        str(r["polarity"]),
        int(str(r["n"])),
        text("first"),
        text("last"),
        int(str(r["undated_n"])),
        str(r["evidence1"]),
        str(r["evidence2"]),
    )


def _stance_edge(r: EdgeTuple, end: Callable[[str], tuple[str, str, str]]) -> StanceEdge:
    source, target, polarity, n, first, last, undated, one, two = r
    _, source_id, source_name = end(source)
    kind, target_id, target_name = end(target)
    return StanceEdge(
        source=source_name,
        source_id=source_id,
        target=target_name,
        target_id=target_id,
        target_kind=kind,
        polarity=polarity,
        sign=1 if polarity == "support" else -1,
        stances=n,
        first=_day(first),
        last=_day(last),
        undated=undated,
        evidence=tuple(dict.fromkeys((one, two))),
    )
