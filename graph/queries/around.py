"""Questions about one actor answered by queries bound to it: its events, a summary of its
stances, the claims they name. Mixed into ``Queries``; none reads every event, stance or
claim of the graph (at 100,000 statements those take tens of seconds to read)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from rdflib import URIRef

from graph.dates import parse_iso_date
from graph.model import Actor
from graph.queries import reading
from graph.queries.reading import EventFact
from graph.queries.rows import Ref, StanceRow
from graph.rdf import actor_iri, claim_iri
from graph.store import Store
from graph.text import fold
from graph.vocab import SGD

__all__ = ["AroundActor", "StanceSummary", "refs_of"]


@dataclass(frozen=True, slots=True)
class StanceSummary:
    """How many stances an actor takes, the days of those it takes or draws, and whom (or
    which claims) it supports and opposes."""

    taken: int
    days: tuple[date, ...]
    supports: tuple[Ref, ...]
    opposes: tuple[Ref, ...]


class AroundActor:
    """The bound questions about one actor (mixed into ``Queries``)."""

    store: Store
    _name: Callable[[str], str]
    _few_actors: Callable[[Iterable[str]], dict[str, Actor]]

    def _actor_events(self, actor_id: str) -> list[EventFact]:
        """The events ``actor_id`` takes part in, with all their participants."""
        if "_all_events" in self.__dict__:
            return [e for e in self.__dict__["_all_events"] if actor_id in e.actor_ids]
        rows = self.store.query("actor_events", {"actor": actor_iri(actor_id)})
        parts = [{"event": r["event"], "actor": r["participant"], "role": r["role"]} for r in rows]
        events = list({str(r["event"]): r for r in rows}.values())
        self._few_actors({reading.local(r["actor"], "actor") for r in parts})
        return reading.events(events, parts, self._name)

    def _stance_summary(self, actor_id: str) -> StanceSummary:
        """The actor's stances counted by the store (one aggregate query)."""
        rows = self.store.query("actor_stances", {"actor": actor_iri(actor_id)})
        days = sorted(
            {
                parse_iso_date(str(r[k])[:10], "a stored date")
                for r in rows
                for k in ("first", "last")
                if r[k] is not None
            }
        )
        own = [r for r in rows if str(r["role"]) == "source"]
        claims = (
            reading.claim_table(self.store.query("actor_claims", {"actor": actor_iri(actor_id)}))
            if any(_is_claim(r["other"]) for r in own)
            else {}
        )
        actors = [reading.local(r["other"], "actor") for r in own if not _is_claim(r["other"])]
        self._few_actors(actors)
        sides: dict[str, set[Ref]] = {"support": set(), "oppose": set()}
        for r in own:
            if _is_claim(r["other"]):
                claim_id = reading.local(r["other"], "claim")
                ref = Ref(claim_id, claims.get(claim_id, claim_id), "claim")
            else:
                other = reading.local(r["other"], "actor")
                ref = Ref(other, self._name(other), "actor")
            sides.setdefault(str(r["polarity"]), set()).add(ref)
        return StanceSummary(
            taken=sum(int(str(r["n"])) for r in own),
            days=tuple(days),
            supports=_sorted(sides["support"]),
            opposes=_sorted(sides["oppose"]),
        )

    def _few_claims(self, ids: Iterable[str]) -> dict[str, str]:
        """The texts of the claims ``ids``, read by value unless every claim is read."""
        wanted = sorted(set(ids))
        if "_claim_table" in self.__dict__:
            table = self.__dict__["_claim_table"]
            return {i: table[i] for i in wanted if i in table}
        if not wanted:
            return {}
        rows = self.store.query("claims", {"claim": [claim_iri(i) for i in wanted]})
        return reading.claim_table(rows)


def _is_claim(node: object) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(f"{SGD}claim/")


def refs_of(stances: Iterable[StanceRow]) -> tuple[Ref, ...]:
    """The targets of ``stances``, once each, by name."""
    return _sorted({Ref(s.target_id, s.target, s.target_kind) for s in stances})


def _sorted(refs: set[Ref]) -> tuple[Ref, ...]:
    return tuple(sorted(refs, key=lambda r: (fold(r.name), r.kind, r.id)))
