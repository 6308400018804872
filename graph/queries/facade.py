"""The query facade: typed questions over a ``Store``, answered with frozen rows.

No caller writes SPARQL. Each question runs named queries from ``graph/sparql/*.rq``; the only
values bound into them are IRIs of things already in the store (an actor found by name
resolution, an article id checked to be a slug). Names are resolved in Python with
``graph.names.resolve``; dates and free text are filtered in Python, so user text never reaches
a query and every backend gives the same answers.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cached_property

from rdflib import URIRef
from rdflib.term import Node

from graph.errors import AmbiguousActor, InputError, UnknownActor
from graph.model import Actor, Article
from graph.names import find_mentions, resolve
from graph.queries import reading, reports
from graph.queries.around import AroundActor, refs_of
from graph.queries.paths import (
    StorePaths,
    as_timeline,
    check_kind,
    stance_key,
    timeline_key,
)
from graph.queries.paths import check_between as _check_between
from graph.queries.paths import (
    within as _within,
)
from graph.queries.reading import EventFact, StanceFact
from graph.queries.rows import (
    ActorProfile,
    ClaimPosition,
    ClaimRow,
    StanceEdge,
    StanceRow,
    StatementRow,
    TimelineRow,
)
from graph.rdf import actor_iri, article_iri, claim_iri
from graph.store import Row, Store
from graph.text import fold

__all__ = ["Between", "Queries"]

Between = tuple[date | None, date | None]
"""Inclusive date bounds; ``None`` leaves that end open."""

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]*")


class Queries(StorePaths, AroundActor):
    """Questions about the graph in ``store``.

    Actor and claim lists, every event and stance, and the texts stances rest on are read once
    per instance; make a new one (or call ``refresh``) after the store changes.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def refresh(self) -> None:
        cached = ("_actor_table", "_claim_table", "_basis_text", "_all_events", "_events_of")
        for name in (*cached, "_event_counts", "_all_stances", "_reports", "_known_actors",
                     "_claim_texts"):  # fmt: skip
            self.__dict__.pop(name, None)

    # -- actors ----------------------------------------------------------------------------
    def actors(self) -> list[Actor]:
        """Every actor in the graph, sorted by name."""
        return sorted(self._actor_table.values(), key=lambda a: (fold(a.name), a.id))

    def resolve_actor(self, name: str) -> Actor:
        """The actor ``name`` means: its id, or a name (alias, accents and case forgiven, surname
        alone allowed)."""
        found = self._actor_table.get(name)
        return found if found is not None else resolve(name, tuple(self._actor_table.values()))

    def actor(self, name: str, between: Between | None = None) -> ActorProfile:
        """An actor's profile: names, counts, when first and last seen, whom it backs or opposes.

        With ``between``, only facts dated in that period count.
        """
        lo, hi = _check_between(between)
        who = self.resolve_actor(name)
        said, said_days = self._said_by(who.id, lo, hi)
        events, event_days = self._event_count(who.id, lo, hi)
        if lo is None and hi is None:  # counted by the store
            summary = self._stance_summary(who.id)
            taken, stance_days = summary.taken, summary.days
            supports, opposes = summary.supports, summary.opposes
        else:
            iri = actor_iri(who.id)
            stances = [
                s
                for s in (*self._stances(source=iri), *self._stances(target=iri))
                if _within(s.row.date, lo, hi)
            ]
            own = [s.row for s in stances if s.row.source_id == who.id]
            taken, stance_days = len(own), tuple(s.row.date for s in stances if s.row.date)
            supports = refs_of(s for s in own if s.sign > 0)
            opposes = refs_of(s for s in own if s.sign < 0)
        dates = sorted(d for d in (*said_days, *event_days, *stance_days) if d)
        return ActorProfile(
            id=who.id,
            name=who.name,
            type=who.type,
            aliases=who.aliases,
            speaks_for=who.speaks_for,
            statements=said,
            events=events,
            stances=taken,
            first_seen=dates[0] if dates else None,
            last_seen=dates[-1] if dates else None,
            supports=supports,
            opposes=opposes,
        )

    # -- statements ------------------------------------------------------------------------
    def who_said(
        self,
        actor: str | None = None,
        about: str | None = None,
        between: Between | None = None,
        kind: str | None = None,
        every_report: bool = False,
    ) -> list[StatementRow]:
        """Statements, by an actor (or those who speak for it), about something, in a period.

        An utterance several articles report is one row, its first report, with the number of
        reports and their outlets (``graph.queries.reports``); ``every_report`` lists each.

        ``about`` is an actor (statements naming it by any alias, or on which a stance on it or
        on a claim naming it rests), a claim (statements on which a stance on it rests), or free
        text (case and accents ignored).
        """
        check_kind(kind)
        lo, hi = _check_between(between)
        speakers = self._speakers(actor) if actor is not None else []
        if lo is not None or hi is not None:
            rows = self._period_rows(speakers, lo, hi)  # the store filters and orders
        elif speakers:
            rows = [r for s in speakers for r in self._query("statements", speaker=actor_iri(s))]
        else:
            rows = self._query("statements")
        found = self._statements(rows)
        found = [
            s for s in found if (kind is None or s.kind == kind) and _within(s.said_on, lo, hi)
        ]
        if about is not None:
            iris = {
                (
                    reading.local(r["article"], "article"),
                    int(str(r["start"])),
                    int(str(r["end"])),
                ): str(r["statement"])
                for r in rows
            }
            found = self._about(about, found, iris)
        return self._reports.rows(found, every=every_report)

    def search(
        self, text: str, between: Between | None = None, limit: int | None = None
    ) -> list[StatementRow]:
        """Statements whose text contains ``text``, ignoring case and accents (the first
        ``limit`` in time order, or all)."""
        needle = fold(text)
        if not needle:
            raise InputError("search needs some text to look for")
        lo, hi = _check_between(between)
        indexed = self._indexed_search(text, lo, hi, limit)
        if indexed is not None:
            return self._reports.rows(indexed, every=False)
        found = [
            s
            for s in self._statements(self._query("statements"))
            if _contains(s, needle) and _within(s.said_on, lo, hi)
        ]
        found = sorted(found, key=lambda s: _when(s.said_on, s.article, s.start, s.end))
        return self._reports.rows(found if limit is None else found[:limit], every=False)

    # -- timeline --------------------------------------------------------------------------
    def timeline(
        self,
        actors: Sequence[str] | None = None,
        between: Between | None = None,
        types: Sequence[str] | None = None,
    ) -> list[TimelineRow]:
        """Statements and events in date order (undated last), optionally for some actors/types.

        ``types`` are event type notations (``hold_election``) or ``statement``.
        """
        lo, hi = _check_between(between)
        wanted_types = self._check_types(types)
        ids: set[str] | None = None
        if actors:
            ids = set()
            for name in actors:
                who = self.resolve_actor(name)
                ids |= {
                    who.id,
                    *(a.id for a in self._actor_table.values() if a.speaks_for == who.id),
                }
        rows: list[TimelineRow] = []
        if wanted_types is None or "statement" in wanted_types:
            for s in self._statements(self._query("statements")):
                if ids is None or s.speaker_id in ids:
                    rows.append(as_timeline(s))
        for e in self._events():
            if wanted_types is not None and e.row.type not in wanted_types:
                continue
            if ids is None or ids & set(e.actor_ids):
                rows.append(e.row)
        rows = [r for r in rows if _within(r.date, lo, hi)]
        return sorted(rows, key=timeline_key)

    def event_types(self) -> list[str]:
        """The event type notations of the graph's scheme, sorted."""
        return sorted({str(r["notation"]) for r in self._query("event_types")})

    # -- stances and claims ----------------------------------------------------------------
    def stances(
        self,
        actor: str | None = None,
        target: str | None = None,
        as_of: date | None = None,
        between: Between | None = None,
    ) -> list[StanceRow]:
        """Who supports or opposes whom (or which claim), with the evidence for it.

        ``as_of`` keeps stances dated on or before it, the latest for each source and target.
        """
        lo, hi = _check_between(between)
        bindings: dict[str, Node] = {}
        if actor is not None:
            bindings["source"] = actor_iri(self.resolve_actor(actor).id)
        if target is not None:
            bindings["target"] = self._target_iri(target)
        facts = sorted(self._stances(**bindings), key=lambda s: stance_key(s.row))
        once = reports.one_per_utterance(facts)  # a syndicated stance counts once
        found = [s.row for s in once if _within(s.row.date, lo, hi)]
        if as_of is not None:
            found = _latest_per_pair(s for s in found if s.date is not None and s.date <= as_of)
        return sorted(found, key=stance_key)

    def stance_edges(
        self, between: Between | None = None, *, undated: bool = True
    ) -> list[StanceEdge]:
        """The stance network, one row per source, target and polarity (``StanceEdge``): stances
        dated in ``between`` and, if ``undated``, those without a date; an utterance counts once.
        Answered by the store's stance index where it has one: no stance row is read."""
        window = _check_between(between)
        return reports.stance_edges(
            self.store, self._query, self._name, self._claim_names(), window, undated=undated
        )

    def claims(
        self, contested_only: bool = False, between: Between | None = None
    ) -> list[ClaimRow]:
        """Claims with the actors who assert (support) and dispute (oppose) them.

        With ``between``, only positions dated in that period count, and claims without any are
        left out.
        """
        lo, hi = _check_between(between)
        sides: dict[str, dict[str, list[ClaimPosition]]] = defaultdict(lambda: defaultdict(list))
        # A syndicated position counts once: its earliest report stays.
        facts = sorted(
            self._stances(),
            key=lambda s: (s.row.date is None, s.row.date or date.min, s.row.article, s.row.start),
        )
        for s in reports.one_per_utterance(facts):
            row = s.row
            if row.target_kind != "claim" or not _within(row.date, lo, hi):
                continue
            position = ClaimPosition(
                row.source, row.source_id, row.evidence, row.date, row.article, row.start, row.end
            )
            sides[row.target_id][row.polarity].append(position)
        out = []
        for claim_id, text in sorted(self._claim_table.items()):
            order = sorted(sides[claim_id]["support"], key=_position_key)
            against = sorted(sides[claim_id]["oppose"], key=_position_key)
            out.append(ClaimRow(claim_id, text, tuple(order), tuple(against)))
        if between is not None and between != (None, None):
            out = [c for c in out if c.asserted_by or c.disputed_by]
        return [c for c in out if c.contested or not contested_only]

    # -- articles --------------------------------------------------------------------------
    def article(self, article_id: str) -> Article:
        """An article's text and metadata."""
        rows = (
            self._query("articles", article=article_iri(article_id))
            if _SLUG.fullmatch(article_id)
            else []
        )
        if not rows:
            known = sorted(reading.local(r["article"], "article") for r in self._query("articles"))
            hint = f"; known: {', '.join(known[:10])}" if known else "; the graph has no articles"
            raise InputError(f"no article {article_id!r}{hint}")
        return reading.article(rows[0], article_id)

    # -- internals -------------------------------------------------------------------------
    def _query(self, name: str, **bindings: Node | Sequence[Node]) -> list[Row]:
        return self.store.query(name, bindings)

    @cached_property
    def _actor_table(self) -> dict[str, Actor]:
        return reading.actor_table(self._query("actors"), self._query("actor_aliases"))

    @cached_property
    def _claim_table(self) -> dict[str, str]:
        return reading.claim_table(self._query("claims"))

    def _speakers(self, name: str) -> list[str]:
        """The ids of the actor ``name`` and of those who speak for it.

        An actor named by its id is looked up alone (two small queries), so a question about
        one actor does not read every actor's names first."""
        if (
            "_actor_table" not in self.__dict__
            and _SLUG.fullmatch(name)
            and self._few_actors([name])
        ):
            rows = self._query("spokespeople", speaksFor=actor_iri(name))
            return [name, *sorted(reading.local(r["actor"], "actor") for r in rows)]
        who = self.resolve_actor(name)
        return [who.id, *(a.id for a in self._actor_table.values() if a.speaks_for == who.id)]

    def _few_actors(self, ids: Iterable[str]) -> dict[str, Actor]:
        """The actors ``ids`` (those stored), read by value unless the whole table is read."""
        if "_actor_table" in self.__dict__:
            return {i: self._actor_table[i] for i in ids if i in self._actor_table}
        known = self.__dict__.setdefault("_known_actors", {})
        wanted = sorted(set(ids) - known.keys())
        if wanted:
            iris = [actor_iri(i) for i in wanted]
            known.update(
                reading.actor_table(
                    self._query("actors", actor=iris), self._query("actor_aliases", actor=iris)
                )
            )
        return {i: known[i] for i in ids if i in known}

    @cached_property
    def _reports(self) -> reports.Reports:
        return reports.Reports(self._query, getattr(self.store, "text_index", None))

    def _name(self, actor_id: str) -> str:
        known = self.__dict__.get("_known_actors", {})
        found = known.get(actor_id) if actor_id in known else self._actor_table.get(actor_id)
        return found.name if found else actor_id

    def _statements(self, rows: Iterable[Row]) -> list[StatementRow]:
        return [reading.statement(r, self._name) for r in rows]

    def _events(self) -> list[EventFact]:
        return self._all_events

    @cached_property
    def _all_events(self) -> list[EventFact]:
        """Every event with its participants, read once (the profile and timeline filter it)."""
        return reading.events(self._query("events"), self._query("event_participants"), self._name)

    @cached_property
    def _basis_text(self) -> dict[str, str]:
        """The words of every statement and event a stance rests on, read once."""
        return reading.basis_words(self._query("basis_words"))

    def _stances(self, **bindings: Node | Sequence[Node]) -> list[StanceFact]:
        return self._read_stances(**bindings) if bindings else self._all_stances

    @cached_property
    def _all_stances(self) -> list[StanceFact]:
        return self._read_stances()

    def _read_stances(self, **bindings: Node | Sequence[Node]) -> list[StanceFact]:
        rows = self._query("stances", **bindings)
        basis_text = (
            self._basis_text
            if not bindings or "_basis_text" in self.__dict__
            else self._basis_of(rows)
        )
        claims = (
            self._claim_table
            if not bindings
            else self._few_claims(reading.local(r["target"], "claim") for r in rows)
        )
        self._few_actors(reading.local(r[k], "actor") for r in rows for k in ("source", "target"))
        return [reading.stance(r, self._name, claims, basis_text) for r in rows]

    def _basis_of(self, rows: Sequence[Row]) -> dict[str, str]:
        """The words of what ``rows`` (stances) rest on, read by value (one small query)."""
        iris = sorted({r["basis"] for r in rows if r["basis"] is not None}, key=str)
        return reading.basis_words(self._query("basis_words", basis=iris)) if iris else {}

    def _target_iri(self, name: str) -> URIRef:
        """An actor's IRI, or else a claim's (by id or words of its text)."""
        try:
            return actor_iri(self.resolve_actor(name).id)
        except UnknownActor as unknown:
            claims = self._claims_matching(name)
            if len(claims) == 1:
                return claim_iri(claims[0])
            if len(claims) > 1:
                raise AmbiguousActor(
                    f"{name!r} fits {len(claims)} claims: {', '.join(claims)}; give a claim id",
                    tuple(claims),
                ) from None
            raise unknown from None

    def _claims_matching(self, text: str) -> list[str]:
        needle = fold(text)
        if not needle:
            return []
        return sorted(
            claim_id
            for claim_id, claim_text in self._claim_table.items()
            if needle == fold(claim_id) or needle in fold(claim_text)
        )

    def _about(
        self, about: str, statements: list[StatementRow], iris: dict[tuple[str, int, int], str]
    ) -> list[StatementRow]:
        needle = fold(about)
        if not needle:
            raise InputError("--about needs some text: an actor, a claim or words to look for")
        stances = self._stances()
        by_basis: dict[str, list[StanceRow]] = defaultdict(list)
        for s in stances:
            if s.basis:
                by_basis[s.basis].append(s.row)
        try:
            who: Actor | None = self.resolve_actor(about)
        except (UnknownActor, AmbiguousActor):
            who = None
        claims = set(self._claims_matching(about))
        record = who
        if who is not None:
            claims |= {c for c, text in self._claim_table.items() if find_mentions(text, [who])}

        def keep(s: StatementRow) -> bool:
            if record is not None:
                if find_mentions(s.text, [record]):
                    return True
            elif _contains(s, needle):
                return True
            for stance in by_basis.get(iris[(s.article, s.start, s.end)], ()):
                if who is not None and stance.target_id == who.id:
                    return True
                if stance.target_kind == "claim" and stance.target_id in claims:
                    return True
            return False

        return [s for s in statements if keep(s)]

    def _check_types(self, types: Sequence[str] | None) -> set[str] | None:
        if not types:
            return None
        known = {*self.event_types(), "statement"}
        for t in types:
            if t not in known:
                raise InputError(
                    f"unknown type {t!r}; use statement or one of: "
                    + ", ".join(sorted(known - {"statement"}))
                )
        return set(types)


def _contains(s: StatementRow, needle: str) -> bool:
    return needle in fold(s.text) or needle in fold(s.exact)


def _when(day: date | None, article: str, start: int, end: int) -> tuple[object, ...]:
    """Sort key: dated before undated, then by date, article and position (a stable order)."""
    return (day is None, day or date.min, article, start, end)


def _position_key(p: ClaimPosition) -> tuple[object, ...]:
    return (fold(p.actor), p.date or date.min, p.article, p.start)


def _latest_per_pair(stances: Iterable[StanceRow]) -> list[StanceRow]:
    """The latest stance of each source on each target; of several on that day, the last one
    in the text (by article and position)."""
    latest: dict[tuple[str, str], StanceRow] = {}
    for s in stances:
        key = (s.source_id, s.target_id)
        if key not in latest or stance_key(s) > stance_key(latest[key]):
            latest[key] = s
    return list(latest.values())
