"""One analysis of a stance graph, as frozen records: per-node metrics, per-pair edges, the camps,
their frustration and the triad balance. What the CLI prints and the app shows."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date

import networkx as nx

from graph.network import large
from graph.network.build import collapse, gc_paused
from graph.network.coalitions import Coalitions, coalitions
from graph.network.metrics import betweenness, pagerank
from graph.network.signed import signed_graph, triad_balance

__all__ = ["EdgeReport", "NetworkReport", "NodeReport", "analyze", "report_graph"]


@dataclass(frozen=True, slots=True)
class NodeReport:
    """An actor or claim with its metrics; ``coalition`` indexes ``NetworkReport.coalitions``."""

    id: str
    name: str
    type: str
    kind: str
    coalition: int | None
    support_in: int
    support_out: int
    oppose_in: int
    oppose_out: int
    pagerank_support: float
    pagerank_oppose: float
    betweenness: float


@dataclass(frozen=True, slots=True)
class EdgeReport:
    """The stances of ``source`` towards ``target``, netted: ``sign`` +1, -1 or 0 (mixed),
    ``weight`` their number (an utterance counts once), ``first``/``last`` their dated span,
    ``undated`` how many have no date, and ``evidence_ids`` a few of them (stance IRIs; the
    facade's ``stances(source, target)`` reads them all when an edge is opened)."""

    source: str
    target: str
    sign: int
    net: int
    weight: int
    support: int
    oppose: int
    first: date | None
    last: date | None
    undated: int
    evidence_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NetworkReport:
    """Everything ``analyze`` finds. ``frustration`` and ``balance`` are measured on the signed
    graph of actors (see ``graph.network.signed``); ``balance`` is None without a triangle."""

    nodes: tuple[NodeReport, ...]
    edges: tuple[EdgeReport, ...]
    coalitions: tuple[tuple[str, ...], ...]
    frustration: int
    balance: float | None


@gc_paused
def analyze(G: nx.Graph, *, seed: int = 0, quick: bool = False) -> NetworkReport:
    """Measure a stance multigraph (or a view of one), or its collapsed form (``collapse``,
    ``edge_graph``).

    Past ``large.MANY_EDGES`` netted pairs, or at any size when ``quick``, the measures run on
    arrays (``graph.network.large``: the same PageRank, degrees and balance; betweenness from
    ``EXACT_SOURCES`` sampled sources past that many nodes; camps from a spectral start in place
    of the support blocks). ``quick`` also estimates betweenness from ``QUICK_SOURCES`` sources
    and refines the camps by one pass, not two: what a replay of the network to another day
    uses (0.3 against 2.5 CPU-seconds for 23,000 netted pairs at 100k statements).

    >>> from graph.network.build import stance_graph
    >>> from graph.queries.rows import StanceRow
    >>> def row(a, b, sign): return StanceRow(a, a, b, b, "actor",
    ...     "support" if sign > 0 else "oppose", sign, None, "unknown", "", None, "x", 0, 0, 1.0)
    >>> report = analyze(stance_graph([row("a", "b", 1), row("a", "c", -1), row("b", "c", -1)]))
    >>> report.coalitions, report.frustration, report.balance
    ((('a', 'b'), ('c',)), 0, 1.0)
    """
    D = collapse(G) if G.is_multigraph() else G
    if quick or D.number_of_edges() > large.MANY_EDGES:
        return _analyze_large(D, quick)
    found = coalitions(D, seed=seed)
    ranks = {polarity: pagerank(D, polarity) for polarity in ("support", "oppose")}
    return _report(D, found, ranks, betweenness(D), triad_balance(signed_graph(D)))


QUICK_SOURCES = 64
"""Sources a quick analysis estimates betweenness from (a replay to another day)."""


def _analyze_large(D: nx.DiGraph, quick: bool = False) -> NetworkReport:
    """``analyze`` on arrays (``graph.network.large``): the same measures at a year's size."""
    g = large.arrays(D)
    ranks = {polarity: large.pagerank(g, polarity) for polarity in ("support", "oppose")}
    balanced, total = large.triads(g)
    balance = balanced / total if total else None
    between = large.betweenness(g, sources=QUICK_SOURCES) if quick else large.betweenness(g)
    camps = large.coalitions(g, passes=1) if quick else large.coalitions(g)
    return _report(D, camps, ranks, between, balance, large.degrees(g))


def _report(
    D: nx.DiGraph,
    found: Coalitions,
    ranks: dict[str, dict[Hashable, float]],
    between: dict[Hashable, float],
    balance: float | None,
    deg: dict[Hashable, dict[str, int]] | None = None,
) -> NetworkReport:
    deg = _degrees(D) if deg is None else deg
    nodes = tuple(
        NodeReport(
            id=str(n),
            name=str(data.get("name", n)),
            type=str(data.get("type", "unknown")),
            kind=str(data.get("kind", "actor")),
            coalition=found.membership.get(n),
            **deg.get(n, _NO_STANCE),
            pagerank_support=ranks["support"].get(n, 0.0),
            pagerank_oppose=ranks["oppose"].get(n, 0.0),
            betweenness=between.get(n, 0.0),
        )
        for n, data in sorted(
            D.nodes(data=True), key=lambda item: (item[1].get("kind") != "actor", item[0])
        )
    )
    edges = tuple(
        EdgeReport(
            source=str(u),
            target=str(v),
            sign=e["sign"],
            net=e["net"],
            weight=e["weight"],
            support=e["support"],
            oppose=e["oppose"],
            first=e["first"],
            last=e["last"],
            undated=e.get("undated", 0),
            evidence_ids=tuple(e.get("evidence_ids", ())),
        )
        for u, v, e in sorted(D.edges(data=True), key=lambda t: (t[0], t[1]))
    )
    return NetworkReport(
        nodes=nodes,
        edges=edges,
        coalitions=found.groups,
        frustration=found.frustration,
        balance=balance,
    )


_NO_STANCE = {"support_in": 0, "support_out": 0, "oppose_in": 0, "oppose_out": 0}


def _degrees(D: nx.DiGraph) -> dict[str, dict[str, int]]:
    """Stances given and received per node of a collapsed graph (each stance counts once)."""
    out: dict[str, dict[str, int]] = {}
    for u, v, e in D.edges(data=True):
        for polarity in ("support", "oppose"):
            out.setdefault(u, dict(_NO_STANCE))[f"{polarity}_out"] += e[polarity]
            out.setdefault(v, dict(_NO_STANCE))[f"{polarity}_in"] += e[polarity]
    return out


def report_graph(report: NetworkReport) -> nx.DiGraph:
    """The report as a directed graph, metrics on nodes and netted stances on edges, for export."""
    R = nx.DiGraph(frustration=report.frustration)
    if report.balance is not None:
        R.graph["balance"] = report.balance
    for node in report.nodes:
        attrs = {k: getattr(node, k) for k in NodeReport.__slots__ if k != "id"}
        R.add_node(node.id, **attrs)
    for edge in report.edges:
        attrs = {k: getattr(edge, k) for k in EdgeReport.__slots__ if k not in ("source", "target")}
        R.add_edge(edge.source, edge.target, **attrs)
    return R
