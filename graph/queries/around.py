"""Questions answered without reading every event, stance or claim of the graph (at 100,000
statements those take tens of seconds to read): one actor's events, a summary of its stances,
the claims they name (queries bound to it), and the claims with who asserts and disputes each,
a page at a time, counted from the store's stance aggregate. Mixed into ``Queries``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from rdflib import Literal, URIRef

from graph.dates import parse_iso_date
from graph.errors import InputError
from graph.model import Actor
from graph.queries import reading
from graph.queries.paths import TimelinePage, within
from graph.queries.reading import EventFact
from graph.queries.rows import (
    ClaimPage,
    ClaimSide,
    ClaimSummary,
    Ref,
    StanceEdge,
    StanceRow,
    StanceSummary,
    TimelineRow,
)
from graph.rdf import actor_iri, claim_iri, fact_iri
from graph.store import Store
from graph.store.base import query_text
from graph.text import fold
from graph.vocab import SGD

__all__ = ["AroundActor", "refs_of"]

_StanceCount = tuple[str, object, str, int, str | None, str | None]

EVENTS_KEPT = 8
"""How many actors' events a ``Queries`` keeps read (an actor's page asks twice: profile, table)."""
_NO_DAY = {
    "9999-12-31",
    "0001-01-01",
}  # actor_stances.rq: the bounds of a group with no dated stance


class AroundActor:
    """The bound questions about one actor, and the claims' pages (mixed into ``Queries``)."""

    store: Store
    _name: Callable[[str], str]
    _few_actors: Callable[[Iterable[str]], dict[str, Actor]]
    stance_edges: Callable[..., list[StanceEdge]]
    resolve_actor: Callable[[str], Actor]

    def claim_summaries(self, contested_only: bool = False) -> list[ClaimSummary]:
        """Every claim (in id order) with the actors on each side, as ``claims`` lists them
        but counted from the stance aggregate (``stance_edges``): no stance row is read."""
        texts = self._claim_names()
        sides: dict[tuple[str, str], list[ClaimSide]] = {}
        for e in self.stance_edges():
            if e.target_kind == "claim":
                side = ClaimSide(e.source, e.source_id, e.stances, e.first, e.last)
                sides.setdefault((e.target_id, e.polarity), []).append(side)

        def side(claim_id: str, polarity: str) -> tuple[ClaimSide, ...]:
            found = sides.get((claim_id, polarity), [])
            return tuple(sorted(found, key=lambda s: (fold(s.actor), s.actor_id)))

        out = [
            ClaimSummary(i, text, side(i, "support"), side(i, "oppose"))
            for i, text in sorted(texts.items())
        ]
        return [c for c in out if c.contested or not contested_only]

    def _claim_names(self) -> dict[str, str]:
        """Every claim's text by id (``claim_texts.rq``), read once until ``refresh``: the
        claims' page and every replayed day of the network name claim nodes by it."""
        found = self.__dict__.get("_claim_table") or self.__dict__.get("_claim_texts")
        if found is None:
            found = reading.claim_table(self.store.query("claim_texts"))
            self.__dict__["_claim_texts"] = found
        return found

    def claims_page(
        self, contested_only: bool = False, after: str | None = None, limit: int = 100
    ) -> ClaimPage:
        """``claim_summaries``, ``limit`` at a time after the claim id ``after``."""
        if limit < 1:
            raise InputError(f"a page holds at least one row, not {limit}")
        found = self.claim_summaries(contested_only)
        rest = [c for c in found if after is None or c.id > after]
        return ClaimPage(tuple(rest[:limit]), len(rest) > limit, len(found))

    def _actor_events(self, actor_id: str) -> list[EventFact]:
        """The events ``actor_id`` takes part in, with all their participants (the last
        ``EVENTS_KEPT`` actors' kept: ``refresh`` forgets them)."""
        if "_all_events" in self.__dict__:
            return [e for e in self.__dict__["_all_events"] if actor_id in e.actor_ids]
        kept: dict[str, list[EventFact]] = self.__dict__.setdefault("_events_of", {})
        if actor_id not in kept:
            while len(kept) >= EVENTS_KEPT:
                kept.pop(next(iter(kept)), None)
            kept[actor_id] = self._read_actor_events(actor_id)
        return kept[actor_id]

    def _event_count(
        self, actor_id: str, lo: date | None, hi: date | None
    ) -> tuple[int, tuple[date, ...]]:
        """How many events ``actor_id`` takes part in within ``[lo, hi]``, and the first and
        last day one is dated: counted by the store (one aggregate) when the period is open,
        once per actor until ``refresh`` (the profile and the events page both ask)."""
        if lo is not None or hi is not None:
            found = [e.row.date for e in self._actor_events(actor_id) if within(e.row.date, lo, hi)]
            return len(found), tuple(sorted(d for d in found if d))
        counted: dict[str, tuple[int, tuple[date, ...]]] = self.__dict__.setdefault(
            "_event_counts", {}
        )
        if actor_id not in counted:
            (row,) = self.store.query("actor_event_summary", {"actor": actor_iri(actor_id)})
            found = (_day(row[k]) for k in ("first", "last"))
            days = tuple(parse_iso_date(d, "a stored date") for d in found if d)
            counted[actor_id] = int(str(row["n"])), days
        return counted[actor_id]

    def events_page(
        self, name: str, after: TimelineRow | None = None, limit: int = 100
    ) -> TimelinePage:
        """One page of the events an actor takes part in, by day (undated last), then article,
        type and offsets; pass ``rows[-1]`` as ``after`` for the next. Only the page's events
        are read (a keyset query over the actor's event days, then the page's details)."""
        if limit < 1:
            raise InputError(f"a page holds at least one row, not {limit}")
        who = self.resolve_actor(name)
        total, _ = self._event_count(who.id, None, None)
        day, iri = ("", "") if after is None else _event_key(after)
        text = f"{query_text('actor_events_page')}\nLIMIT {int(limit) + 1}"
        bound = {"actor": actor_iri(who.id), "after_day": Literal(day), "after_event": Literal(iri)}
        keys = self.store.query(text, bound)
        shown = [r["event"] for r in keys[:limit]]
        if not shown:
            return TimelinePage((), False, total)
        rows = self.store.query("events", {"event": shown})
        parts = self.store.query("event_participants", {"event": shown})
        self._few_actors({reading.local(r["actor"], "actor") for r in parts})
        facts = reading.events(list({str(r["event"]): r for r in rows}.values()), parts, self._name)
        ordered = sorted((e.row for e in facts), key=_event_key)
        return TimelinePage(tuple(ordered), len(keys) > limit, total)

    def _read_actor_events(self, actor_id: str) -> list[EventFact]:
        rows = self.store.query("actor_events", {"actor": actor_iri(actor_id)})
        parts = [{"event": r["event"], "actor": r["participant"], "role": r["role"]} for r in rows]
        events = list({str(r["event"]): r for r in rows}.values())
        self._few_actors({reading.local(r["actor"], "actor") for r in parts})
        return reading.events(events, parts, self._name)

    def _stance_summary(self, actor_id: str) -> StanceSummary:
        """The actor's stances counted by the store's stance index where it has one, else by one
        aggregate query (``actor_stances.rq``)."""
        rows = self._actor_stance_rows(actor_id)
        days = sorted({parse_iso_date(d, "a stored date") for r in rows for d in r[4:] if d})
        own = [r for r in rows if r[0] == "source"]
        claims = self._few_claims(reading.local(r[1], "claim") for r in own if _is_claim(r[1]))
        self._few_actors(reading.local(r[1], "actor") for r in own if not _is_claim(r[1]))
        sides: dict[str, set[Ref]] = {"support": set(), "oppose": set()}
        for _, other, polarity, *_counts in own:
            if _is_claim(other):
                claim_id = reading.local(other, "claim")
                ref = Ref(claim_id, claims.get(claim_id, claim_id), "claim")
            else:
                actor = reading.local(other, "actor")
                ref = Ref(actor, self._name(actor), "actor")
            sides.setdefault(polarity, set()).add(ref)
        return StanceSummary(
            taken=sum(r[3] for r in own),
            days=tuple(days),
            supports=_sorted(sides["support"]),
            opposes=_sorted(sides["oppose"]),
        )

    def _actor_stance_rows(self, actor_id: str) -> list[_StanceCount]:
        """``(role, other, polarity, stances, first day, last day)`` per other party of the
        actor's stances (role "source": those it takes), days ISO or None."""
        iri = actor_iri(actor_id)
        index = getattr(self.store, "text_index", None)
        if index is not None and index.note("stances") is not None:
            return [
                (role, URIRef(other), polarity, n, lo, hi)
                for role, other, polarity, n, lo, hi in index.actor_stances(str(iri))
            ]
        return [
            (
                str(r["role"]),
                r["other"],
                str(r["polarity"]),
                int(str(r["n"])),
                *(_day(r[k]) for k in ("first", "last")),
            )
            for r in self.store.query("actor_stances", {"actor": iri})
        ]

    def _few_claims(self, ids: Iterable[str]) -> dict[str, str]:
        """The texts of the claims ``ids``, read by value unless every claim is read."""
        wanted = sorted(set(ids))
        if "_claim_table" in self.__dict__:
            table = self.__dict__["_claim_table"]
            return {i: table[i] for i in wanted if i in table}
        if not wanted:
            return {}
        rows = self.store.query("claim_text", {"claim": [claim_iri(i) for i in wanted]})
        return reading.claim_table(rows)


def _day(value: object) -> str | None:
    """A stored day as ISO text, None for none or for ``actor_stances.rq``'s bounds of a group
    with no dated stance."""
    day = None if value is None else str(value)[:10]
    return None if day in _NO_DAY else day


def _event_key(r: TimelineRow) -> tuple[str, str]:
    """An event's place in ``events_page``'s order: its day ("~" if undated) and its IRI."""
    iri = fact_iri(r.article, f"event-{r.type}-{r.start}-{r.end}")
    return (r.date.isoformat() if r.date else "~", str(iri))


def _is_claim(node: object) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(f"{SGD}claim/")


def refs_of(stances: Iterable[StanceRow]) -> tuple[Ref, ...]:
    """The targets of ``stances``, once each, by name."""
    return _sorted({Ref(s.target_id, s.target, s.target_kind) for s in stances})


def _sorted(refs: set[Ref]) -> tuple[Ref, ...]:
    return tuple(sorted(refs, key=lambda r: (fold(r.name), r.kind, r.id)))
