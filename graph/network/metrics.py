"""Measures of the stance graph: stance degrees, PageRank per layer, betweenness, ego networks,
finding a node by name, and what changed between two dates."""

from __future__ import annotations

import random
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import networkx as nx
import numpy as np

from graph.errors import InputError
from graph.model import ACTOR_TYPES, Actor
from graph.names import resolve
from graph.network.build import as_of, between, collapse

__all__ = [
    "Diff",
    "EdgeChange",
    "betweenness",
    "degrees",
    "diff",
    "ego",
    "find_actor",
    "layer",
    "pagerank",
]


def degrees(G: nx.MultiDiGraph) -> dict[Hashable, dict[str, int]]:
    """Stances given and received per node: ``support_out``, ``support_in``, ``oppose_out``,
    ``oppose_in`` (each stance counts once).

    >>> G = nx.MultiDiGraph([("a", "b", {"sign": 1}), ("a", "b", {"sign": -1}),
    ...                      ("c", "b", {"sign": -1})])
    >>> degrees(G)["b"]
    {'support_out': 0, 'support_in': 1, 'oppose_out': 0, 'oppose_in': 2}
    """
    out: dict[Hashable, dict[str, int]] = {}
    for name, sign in (("support", 1), ("oppose", -1)):
        view = nx.subgraph_view(G, filter_edge=_has_sign(G, sign))
        for n, d in view.out_degree():
            out.setdefault(n, {})[f"{name}_out"] = d
        for n, d in view.in_degree():
            out[n][f"{name}_in"] = d
    return out


def _has_sign(G: nx.Graph, sign: int):
    if G.is_multigraph():
        return lambda u, v, k: G.edges[u, v, k]["sign"] == sign
    return lambda u, v: G.edges[u, v]["sign"] == sign


def layer(G: nx.Graph, polarity: str) -> nx.DiGraph:
    """The support (or oppose) layer: one edge per ordered pair with at least one such stance,
    weighted by their number. Every node of ``G`` is kept.

    >>> G = nx.MultiDiGraph([("a", "b", {"sign": 1, "date": None, "evidence": "",
    ...     "article": "x", "start": 0})])
    >>> list(layer(G, "oppose").edges), list(layer(G, "support").edges(data="weight"))
    ([], [('a', 'b', 1)])
    """
    if polarity not in ("support", "oppose"):
        raise InputError(f"layer {polarity!r} is not support or oppose")
    D = collapse(G) if G.is_multigraph() else G
    L = nx.DiGraph()
    L.add_nodes_from(D.nodes(data=True))
    L.add_edges_from(
        (u, v, {"weight": d[polarity]}) for u, v, d in D.edges(data=True) if d[polarity]
    )
    return L


def pagerank(G: nx.Graph, polarity: str, *, alpha: float = 0.85) -> dict[Hashable, float]:
    """PageRank on the support or oppose layer: who draws the most (weighted) support or
    opposition, from actors who themselves draw it.

    The layer holds only the nodes that give or receive a stance of that polarity; the others
    are not in it and get no score (an empty layer gives ``{}``).

    >>> G = nx.MultiDiGraph([("a", "c", {"sign": 1, "date": None, "evidence": "",
    ...     "article": "x", "start": 0}), ("b", "c", {"sign": 1, "date": None, "evidence": "",
    ...     "article": "x", "start": 0})])
    >>> ranks = pagerank(G, "support")
    >>> max(ranks, key=ranks.get)
    'c'
    """
    if polarity not in ("support", "oppose"):
        raise InputError(f"layer {polarity!r} is not support or oppose")
    D = collapse(G) if G.is_multigraph() else G
    L = nx.DiGraph()  # the layer's edges alone: no view, no node without such a stance
    L.add_weighted_edges_from((u, v, d[polarity]) for u, v, d in D.edges(data=True) if d[polarity])
    if not L.number_of_edges():
        return {}
    return _pagerank(L, alpha=alpha, weight="weight")


def _pagerank(G: nx.DiGraph, **kwargs) -> dict[Hashable, float]:
    """networkx's PageRank (scipy's sparse power iteration)."""
    return nx.pagerank(G, **kwargs)


def betweenness(G: nx.Graph, *, seed: int = 0) -> dict[Hashable, float]:
    """Normalised betweenness centrality on the undirected collapsed graph (stances of either
    sign count as ties): who sits between otherwise distant parts.

    Brandes' algorithm run for many sources at once as sparse matrix products (scipy), exact
    up to ``EXACT_SOURCES`` nodes; past that, estimated from that many sources drawn with
    ``seed`` (scaled as networkx scales its ``k`` sample), which keeps it to seconds at 1M
    statements. Equal to ``nx.betweenness_centrality`` when exact.

    >>> G = nx.MultiDiGraph([("a", "b", {"sign": 1, "date": None, "evidence": "",
    ...     "article": "x", "start": 0}), ("c", "b", {"sign": -1, "date": None, "evidence": "",
    ...     "article": "x", "start": 0})])
    >>> betweenness(G)["b"]
    1.0
    """
    D = collapse(G) if G.is_multigraph() else G
    U = nx.Graph(D.to_undirected(as_view=True))
    U.remove_edges_from(nx.selfloop_edges(U))
    nodes = list(U)
    n = len(nodes)
    if n <= 2:
        return dict.fromkeys(nodes, 0.0)
    A = nx.to_scipy_sparse_array(U, nodelist=nodes, weight=None, format="csr").astype(float)
    sources = list(range(n))
    if n > EXACT_SOURCES:
        sources = sorted(random.Random(seed).sample(sources, EXACT_SOURCES))
    total = np.zeros(n)
    for i in range(0, len(sources), _BATCH):
        total += _dependencies(A, sources[i : i + _BATCH])
    scale = 1 / ((n - 1) * (n - 2)) * (n / len(sources))
    return {node: float(value * scale) for node, value in zip(nodes, total, strict=True)}


EXACT_SOURCES = 256
"""Past this many nodes, betweenness is estimated from this many sources."""

_BATCH = 128


def _dependencies(A: Any, sources: list[int]) -> Any:
    """Brandes' dependency sums of ``sources`` (one column each), breadth first by levels."""
    n, k = A.shape[0], len(sources)
    columns = np.arange(k)
    dist = np.full((n, k), -1, dtype=np.int32)
    sigma = np.zeros((n, k))
    dist[sources, columns] = 0
    sigma[sources, columns] = 1.0
    frontier = sigma.copy()
    level = 0
    while True:
        reach = A @ frontier
        new = (dist < 0) & (reach > 0)
        if not new.any():
            break
        level += 1
        dist[new] = level
        sigma[new] = reach[new]
        frontier = np.where(new, sigma, 0.0)
    delta = np.zeros((n, k))
    safe = np.where(sigma > 0, sigma, 1.0)
    for depth in range(level, 0, -1):
        share = np.where(dist == depth, (1.0 + delta) / safe, 0.0)
        delta += np.where(dist == depth - 1, (A @ share) * sigma, 0.0)
    delta[dist <= 0] = 0.0
    return delta.sum(axis=1)


def find_actor(G: nx.Graph, name: str) -> Hashable:
    """The actor node ``name`` means: its id, or a name as ``graph.names.resolve`` reads it
    (case, accents, a leading "the", surname alone).

    >>> G = nx.Graph()
    >>> G.add_node("nicolas-maduro", name="Nicolás Maduro", type="Person", kind="actor")
    >>> find_actor(G, "maduro")
    'nicolas-maduro'
    """
    if G.nodes.get(name, {}).get("kind") == "actor":
        return name
    actors = tuple(
        Actor(str(n), str(d.get("name", n)), d["type"] if d.get("type") in ACTOR_TYPES else "Group")
        for n, d in G.nodes(data=True)
        if d.get("kind") == "actor"
    )
    return resolve(name, actors).id


def ego(G: nx.Graph, actor: str, hops: int = 1) -> nx.Graph:
    """The sub-graph within ``hops`` steps of ``actor`` (a name or id), edges followed either way.

    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("d", "c")])
    >>> G.add_nodes_from("abcd", kind="actor")
    >>> sorted(ego(G, "a", 2))
    ['a', 'b', 'c']
    """
    if hops < 0:
        raise InputError(f"hops {hops} is negative; give 0 or more")
    return nx.ego_graph(G, find_actor(G, actor), radius=hops, undirected=True)


@dataclass(frozen=True, slots=True)
class EdgeChange:
    """An ordered pair whose net stance ``before`` became ``after`` (None: no stance)."""

    source: str
    target: str
    before: int | None
    after: int | None


@dataclass(frozen=True, slots=True)
class Diff:
    """What changed between two dates: pairs that gained a first stance, lost every stance
    (only with a window) or changed net sign (+1, -1 or 0 for mixed)."""

    appeared: tuple[EdgeChange, ...]
    vanished: tuple[EdgeChange, ...]
    flipped: tuple[EdgeChange, ...]


def diff(G: nx.MultiDiGraph, first: date, second: date, *, window: int | None = None) -> Diff:
    """Compare the graph as of ``first`` with the graph as of ``second``.

    With ``window`` (days), the graph at a date holds only stances dated in the ``window`` days
    up to it, so pairs can also vanish; without, it holds every stance dated up to it.

    >>> rows = [("a", "b", date(2024, 7, 1), 1), ("a", "b", date(2024, 8, 1), -1),
    ...         ("a", "b", date(2024, 8, 2), -1), ("b", "c", date(2024, 8, 1), 1)]
    >>> G = nx.MultiDiGraph()
    >>> keys = G.add_edges_from((u, v, {"sign": s, "date": d, "evidence": "", "article": "x",
    ...                                 "start": 0}) for u, v, d, s in rows)
    >>> change = diff(G, date(2024, 7, 15), date(2024, 8, 15))
    >>> [(c.source, c.target) for c in change.appeared], change.flipped
    ([('b', 'c')], (EdgeChange(source='a', target='b', before=1, after=-1),))
    """
    if window is not None and window < 1:
        raise InputError(f"window {window} is not a positive number of days")

    def state(day: date) -> dict[tuple[Hashable, Hashable], int]:
        if window is None:
            view = as_of(G, day)
        else:
            view = between(G, day - timedelta(days=window - 1), day)
        return {(u, v): s for u, v, s in collapse(view).edges(data="sign")}

    before, after = state(first), state(second)
    appeared = [EdgeChange(*p, None, after[p]) for p in sorted(after.keys() - before.keys())]
    vanished = [EdgeChange(*p, before[p], None) for p in sorted(before.keys() - after.keys())]
    flipped = [
        EdgeChange(*p, before[p], after[p])
        for p in sorted(before.keys() & after.keys())
        if before[p] != after[p]
    ]
    return Diff(tuple(appeared), tuple(vanished), tuple(flipped))
