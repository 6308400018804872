"""The signed stance graph: one edge per stance, and its time windows and collapsed form.

Nodes are actors (``kind="actor"``, keyed by actor id) and claims (``kind="claim"``, keyed
``"claim:" + claim id`` so a claim can never collide with an actor of the same slug). Edges run from
the stance's source to its target and carry the stance: ``sign`` (+1 support, -1 oppose),
``polarity``, ``date`` (a ``datetime.date`` or None), ``date_certainty``, ``evidence``, ``article``,
``start``/``end`` (character offsets of the evidence in the article) and ``confidence``.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, ParamSpec, TypeVar

import networkx as nx

from graph.errors import InputError
from graph.model import Actor
from graph.queries.rows import StanceEdge, StanceRow

__all__ = [
    "StanceGraph",
    "actor_nodes",
    "as_of",
    "between",
    "claim_nodes",
    "collapse",
    "edge_graph",
    "gc_paused",
    "node_id",
    "stance_graph",
]

CLAIM_PREFIX = "claim:"

StanceGraph = nx.MultiDiGraph
"""The type of ``stance_graph``'s answer, for callers that do not import networkx."""


_P = ParamSpec("_P")
_R = TypeVar("_R")


def gc_paused(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``fn`` with Python's cycle collector paused: building and measuring a network makes
    millions of small objects and no cycles, and at 1M statements the collector's full passes
    over them took a third of the time (``edge_graph`` 6.4 -> 4.9, ``analyze``'s report
    9.4 -> 3.8 CPU-seconds). Whatever cycles arise meanwhile are collected afterwards."""

    @functools.wraps(fn)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        was = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if was:
                gc.enable()

    return paused


def node_id(kind: str, ident: str) -> str:
    """The node key of an actor or claim id.

    >>> node_id("actor", "nicolas-maduro"), node_id("claim", "gonzalez-won")
    ('nicolas-maduro', 'claim:gonzalez-won')
    """
    return CLAIM_PREFIX + ident if kind == "claim" else ident


def stance_graph(
    stances: Iterable[StanceRow], actors: Iterable[Actor] = (), *, isolated: bool = False
) -> nx.MultiDiGraph:
    """The signed, time-stamped stance multigraph.

    ``actors`` supplies names and types; an actor not among them is named by the stance's own
    ``source``/``target`` text with type ``"unknown"``. Actors with no stance are left out unless
    ``isolated`` is true.

    >>> row = StanceRow("A", "a", "B", "b", "actor", "oppose", -1, date(2024, 7, 29), "stated",
    ...                 "A condemned B", None, "00", 0, 13, 1.0)
    >>> G = stance_graph([row], [Actor("a", "A", "Person")])
    >>> G.nodes["a"]["type"], G.nodes["b"]["type"], G.edges["a", "b", 0]["sign"]
    ('Person', 'unknown', -1)
    """
    G = nx.MultiDiGraph()
    known: dict[str, Actor] = {}
    for actor in actors:
        known[actor.id] = actor
        if isolated:
            _add_actor(G, actor.id, actor.name, actor.type)
    for row in stances:
        sign = 1 if row.polarity == "support" else -1
        if sign != row.sign:
            raise InputError(
                f"stance {row.source_id} -> {row.target_id} has polarity {row.polarity!r} "
                f"but sign {row.sign}; the stance rows are inconsistent, rebuild the store"
            )
        source = node_id("actor", row.source_id)
        if source not in G:
            actor = known.get(row.source_id)
            _add_actor(
                G, source, actor.name if actor else row.source, actor.type if actor else "unknown"
            )
        target = node_id(row.target_kind, row.target_id)
        if target not in G:
            if row.target_kind == "claim":
                G.add_node(target, id=row.target_id, name=row.target, type="claim", kind="claim")
            else:
                actor = known.get(row.target_id)
                _add_actor(
                    G,
                    target,
                    actor.name if actor else row.target,
                    actor.type if actor else "unknown",
                )
        G.add_edge(
            source,
            target,
            sign=sign,
            polarity=row.polarity,
            date=row.date,
            date_certainty=row.date_certainty,
            evidence=row.evidence,
            article=row.article,
            start=row.start,
            end=row.end,
            confidence=row.confidence,
        )
    return G


@gc_paused
def edge_graph(
    edges: Iterable[StanceEdge], actors: Iterable[Actor] = (), *, isolated: bool = False
) -> nx.DiGraph:
    """The collapsed stance graph (as ``collapse`` makes it) straight from the store's
    aggregate rows (``Queries.stance_edges``), without a row per stance.

    Edge attributes: ``weight``, ``support``, ``oppose``, ``net``, ``sign``, ``first``, ``last``
    as in ``collapse``, ``undated`` (stances without a date) and ``evidence_ids`` (a few stance
    IRIs to show; ``Queries.stances(source, target)`` lists them all).

    >>> e = StanceEdge("A", "a", "B", "b", "actor", "oppose", -1, 2, date(2024, 7, 29),
    ...                date(2024, 7, 30), 0, ("s1", "s2"))
    >>> D = edge_graph([e], [Actor("a", "A", "Person")])
    >>> D.nodes["a"]["type"], D.edges["a", "b"]["net"], D.edges["a", "b"]["sign"]
    ('Person', -2, -1)
    """
    known = {actor.id: actor for actor in actors}
    nodes: dict[str, dict[str, str]] = {}
    if isolated:
        nodes |= {a.id: _actor_attrs(a.id, a.name, a.type) for a in known.values()}
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for e in edges:
        source = node_id("actor", e.source_id)
        if source not in nodes:
            actor = known.get(e.source_id)
            nodes[source] = _actor_attrs(
                source, actor.name if actor else e.source, actor.type if actor else "unknown"
            )
        target = node_id(e.target_kind, e.target_id)
        if target not in nodes:
            actor = known.get(e.target_id) if e.target_kind == "actor" else None
            nodes[target] = (
                {"id": e.target_id, "name": e.target, "type": "claim", "kind": "claim"}
                if e.target_kind == "claim"
                else _actor_attrs(
                    target, actor.name if actor else e.target, actor.type if actor else "unknown"
                )
            )
        d = pairs.get((source, target))
        if d is None:
            d = pairs[(source, target)] = {
                "weight": 0, "support": 0, "oppose": 0, "net": 0, "undated": 0,
                "first": None, "last": None, "evidence_ids": (),
            }  # fmt: skip
        d["weight"] += e.stances
        d["support" if e.sign > 0 else "oppose"] += e.stances
        d["net"] += e.sign * e.stances
        d["undated"] += e.undated
        d["first"] = min((x for x in (d["first"], e.first) if x), default=None)
        d["last"] = max((x for x in (d["last"], e.last) if x), default=None)
        d["evidence_ids"] = tuple(dict.fromkeys((*d["evidence_ids"], *e.evidence)))[:4]
    D = nx.DiGraph()
    D.add_nodes_from(nodes.items())
    for d in pairs.values():
        d["sign"] = (d["net"] > 0) - (d["net"] < 0)
    D.add_edges_from((u, v, d) for (u, v), d in pairs.items())
    return D


def _actor_attrs(key: str, name: str, type_: str) -> dict[str, str]:
    return {"id": key, "name": name, "type": type_, "kind": "actor"}


def _add_actor(G: nx.Graph, key: str, name: str, type_: str) -> None:
    G.add_node(key, id=key, name=name, type=type_, kind="actor")


def actor_nodes(G: nx.Graph) -> list[str]:
    """The actor nodes of ``G``, sorted."""
    return sorted(n for n, kind in G.nodes(data="kind") if kind == "actor")


def claim_nodes(G: nx.Graph) -> list[str]:
    """The claim nodes of ``G``, sorted."""
    return sorted(n for n, kind in G.nodes(data="kind") if kind == "claim")


def as_of(G: nx.MultiDiGraph, day: date, *, undated: bool = False) -> nx.MultiDiGraph:
    """A read-only view of the stances dated on or before ``day``.

    Undated stances cannot be placed in time, so they are left out unless ``undated`` is true.
    The view holds only the nodes touched by a kept stance (so a claim no one has taken a side on
    yet does not appear).

    >>> rows = [StanceRow("A", "a", "B", "b", "actor", "support", 1, d, "stated", "", None,
    ...                   "00", 0, 0, 1.0) for d in (date(2024, 7, 27), None)]
    >>> G = stance_graph(rows)
    >>> as_of(G, date(2024, 7, 28)).number_of_edges()
    1
    >>> as_of(G, date(2024, 7, 28), undated=True).number_of_edges()
    2
    """
    return between(G, None, day, undated=undated)


def between(
    G: nx.MultiDiGraph,
    start: date | None,
    end: date | None,
    *,
    undated: bool = False,
) -> nx.MultiDiGraph:
    """A read-only view of the stances dated from ``start`` to ``end``, both included.

    ``None`` leaves that side open. Undated stances are kept only if ``undated`` is true.
    """
    lo, hi = start, end
    if lo and hi and lo > hi:
        raise InputError(f"the window {lo} to {hi} is empty; give the earlier date first")

    def keep(when: date | None) -> bool:
        if when is None:
            return undated
        return (lo is None or when >= lo) and (hi is None or when <= hi)

    return G.edge_subgraph(
        [(u, v, k) for u, v, k, when in G.edges(keys=True, data="date") if keep(when)]
    )


def collapse(G: nx.MultiDiGraph) -> nx.DiGraph:
    """One edge per ordered pair: the net of its stances.

    Edge attributes: ``weight`` (number of stances), ``support`` and ``oppose`` (counts), ``net``
    (sum of signs), ``sign`` (sign of ``net``: +1, -1, or 0 when mixed and even), ``first`` and
    ``last`` (earliest and latest stance dates, or None when no stance is dated),
    ``evidence`` (the stances' evidence texts, in date order, undated last), ``dates`` (their
    dates, in the same order) and ``articles`` (sorted ids).

    >>> def row(p, day): return StanceRow("A", "a", "B", "b", "actor", p,
    ...     1 if p == "support" else -1, date(2024, 7, day), "stated", p, None, "00", 0, 0, 1.0)
    >>> D = collapse(stance_graph([row("support", 30), row("oppose", 29)]))
    >>> e = D.edges["a", "b"]
    >>> e["weight"], e["net"], e["sign"], str(e["first"]), str(e["last"]), e["evidence"]
    (2, 0, 0, '2024-07-29', '2024-07-30', ['oppose', 'support'])
    """
    D = nx.DiGraph()
    D.add_nodes_from(G.nodes(data=True))
    for u, v, data in G.edges(data=True):
        if not D.has_edge(u, v):
            D.add_edge(u, v, weight=0, support=0, oppose=0, net=0, stances=[])
        e = D.edges[u, v]
        e["weight"] += 1
        e["net"] += data["sign"]
        e["support" if data["sign"] > 0 else "oppose"] += 1
        e["stances"].append(data)
    for _, _, e in D.edges(data=True):
        stances: list[dict[str, Any]] = e.pop("stances")
        dates = sorted(s["date"] for s in stances if s["date"])
        e["sign"] = (e["net"] > 0) - (e["net"] < 0)
        e["first"] = dates[0] if dates else None
        e["last"] = dates[-1] if dates else None
        ordered = sorted(stances, key=lambda s: (s["date"] or date.max, s["article"], s["start"]))
        e["evidence"] = [s["evidence"] for s in ordered]
        e["dates"] = [s["date"] for s in ordered]
        e["undated"] = sum(1 for s in stances if s["date"] is None)
        e["articles"] = sorted({s["article"] for s in stances})
    return D
