"""Bounded answers for the app's slow pages: the claims a page at a time, counted from the
stance aggregate, give exactly what ``claims`` lists; an actor's events read once per actor
give what a fresh facade gives, and ``refresh`` forgets them; its events a page at a time
walk exactly those events."""

from __future__ import annotations

from collections import Counter

import pytest

from graph.errors import InputError
from graph.queries import ClaimRow, ClaimSummary, Queries, TimelineRow
from graph.rdf import fact_iri
from graph.store import Store


def _sides(c: ClaimRow | ClaimSummary) -> tuple[Counter[str], Counter[str]]:
    if isinstance(c, ClaimRow):
        return Counter(p.actor_id for p in c.asserted_by), Counter(
            p.actor_id for p in c.disputed_by
        )
    return (
        Counter({s.actor_id: s.positions for s in c.asserted_by}),
        Counter({s.actor_id: s.positions for s in c.disputed_by}),
    )


@pytest.mark.parametrize("contested_only", [True, False])
def test_claim_summaries_count_what_claims_lists(store: Store, contested_only: bool) -> None:
    q = Queries(store)
    full = q.claims(contested_only)
    summaries = q.claim_summaries(contested_only)
    assert [(c.id, c.text, c.contested) for c in summaries] == [
        (c.id, c.text, c.contested) for c in full
    ]
    assert any(c.asserted_by for c in summaries) and any(c.disputed_by for c in summaries)
    for row, summary in zip(full, summaries, strict=True):
        assert _sides(summary) == _sides(row), row.id
        dated = [p.date for p in (*row.asserted_by, *row.disputed_by) if p.date]
        firsts = [s.first for s in (*summary.asserted_by, *summary.disputed_by) if s.first]
        assert min(firsts, default=None) == min(dated, default=None)


@pytest.mark.parametrize("limit", [1, 2, 3, 1000])
def test_claim_pages_walk_exactly_the_unpaged_answer(store: Store, limit: int) -> None:
    q = Queries(store)
    for contested_only in (True, False):
        everything = q.claim_summaries(contested_only)
        walked: list[ClaimSummary] = []
        after, more = None, True
        while more:
            page = q.claims_page(contested_only, after, limit)
            assert page.total == len(everything) and len(page.rows) <= limit
            walked += page.rows
            more = page.more
            after = page.rows[-1].id if page.rows else None
            assert more or len(walked) == len(everything)
        assert walked == everything


def test_a_claim_page_holds_a_row(store: Store) -> None:
    with pytest.raises(InputError, match="at least one row"):
        Queries(store).claims_page(limit=0)


def test_an_actors_events_are_read_once_and_forgotten_on_refresh(store: Store) -> None:
    q = Queries(store)
    busiest = max(q.actors(), key=lambda a: len(Queries(store).events_of(a.id)))
    events = q.events_of(busiest.id)
    assert events and q.actor(busiest.id).events == len(events)
    assert q.__dict__["_events_of"][busiest.id] is q._actor_events(busiest.id)
    assert events == Queries(store).events_of(busiest.id)
    q.refresh()
    assert "_events_of" not in q.__dict__
    assert q.events_of(busiest.id) == events


def _day_then_iri(r: TimelineRow) -> tuple[object, ...]:
    """events_page's order, written out: dated first by day, then by the event's IRI."""
    return (r.date is None, r.date, str(fact_iri(r.article, f"event-{r.type}-{r.start}-{r.end}")))


@pytest.mark.parametrize("limit", [1, 2, 1000])
def test_an_actors_event_pages_walk_exactly_its_events(store: Store, limit: int) -> None:
    q = Queries(store)
    ranked = sorted(q.actors(), key=lambda a: -len(q.events_of(a.id)))
    assert q.events_of(ranked[0].id), "the seed graph has an actor taking part in events"
    for actor in (ranked[0], ranked[1], ranked[-1]):
        everything = sorted(q.events_of(actor.id), key=_day_then_iri)
        walked: list[TimelineRow] = []
        after, more = None, True
        while more:
            page = q.events_page(actor.id, after, limit)
            assert page.total == len(everything) and len(page.rows) <= limit
            walked += page.rows
            more = page.more
            after = page.rows[-1] if page.rows else None
        assert walked == everything, actor.id
        assert q.actor(actor.id).events == len(everything)


def test_an_event_page_holds_a_row(store: Store) -> None:
    q = Queries(store)
    with pytest.raises(InputError, match="at least one row"):
        q.events_page(q.actors()[0].id, limit=0)


def test_claim_texts_are_read_once_and_forgotten_on_refresh(store: Store) -> None:
    asked: list[str] = []

    class Counting:
        def __getattr__(self, name: str) -> object:
            return getattr(store, name)

        def query(self, rq: str, bindings: object = None) -> object:
            asked.append(rq)
            return store.query(rq, bindings)  # type: ignore[arg-type]

    q = Queries(Counting())  # type: ignore[arg-type]
    first = q.claim_summaries()
    q.stance_edges((None, None))
    assert q.claim_summaries() == first and asked.count("claim_texts") == 1
    q.refresh()
    assert q.claim_summaries() == first and asked.count("claim_texts") == 2
    assert first == Queries(store).claim_summaries()
