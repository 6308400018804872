"""The same measures as ``report.analyze`` for a large collapsed graph, on arrays (numpy, scipy).

At a year of news (tens of thousands of actors and claims, hundreds of thousands of netted
pairs) networkx's graph copies and views cost more than the measures themselves. Here the
collapsed graph is read once into arrays, and:

- PageRank is networkx's own power iteration (``_pagerank_scipy``: same damping, dangling
  nodes, tolerance), on a sparse matrix of the layer;
- betweenness is ``metrics.betweenness``'s batched Brandes on the undirected adjacency;
- the signed graph (``signed.signed_graph``: net of both directions, no edge when it cancels)
  is one ``np.unique`` over pair keys, and triads are counted from its sparse matrix;
- coalitions start, in each connected part, from the signs of the leading eigenvector of the
  part's signed matrix (actor-actor ties weighted above actor-claim ones, as in
  ``coalitions``), in place of greedy-modularity blocks, then take the same
  Fiduccia-Mattheyses passes.
  The spectral start puts each node with those it is positively tied to; on a balanced graph
  it finds the two camps, and the passes only ever lower the frustration.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np
from scipy import sparse
from scipy.sparse import csgraph
from scipy.sparse.linalg import eigsh

from graph.network.coalitions import _LARGE_PASSES, _MANY_EDGES, Coalitions, fm_passes
from graph.network.metrics import EXACT_SOURCES, _dependencies

__all__ = [
    "MANY_EDGES",
    "Arrays",
    "arrays",
    "betweenness",
    "coalitions",
    "degrees",
    "pagerank",
    "triads",
]

_BATCH = 128
MANY_EDGES = _MANY_EDGES
"""Past this many netted pairs, ``analyze`` measures on arrays."""


@dataclass(frozen=True)
class Arrays:
    """A collapsed graph as arrays: node keys, which are actors, and one row per edge."""

    nodes: list[Hashable]
    actor: Any
    src: Any
    dst: Any
    support: Any
    oppose: Any
    net: Any
    weight: Any


def arrays(D: nx.DiGraph) -> Arrays:
    nodes = list(D)
    index = {n: i for i, n in enumerate(nodes)}
    rows = np.array(
        [
            (index[u], index[v], e["support"], e["oppose"], e["net"], e["weight"])
            for u, v, e in D.edges(data=True)
        ],
        dtype=np.int64,
    ).reshape(-1, 6)
    actor = np.array([kind == "actor" for _, kind in D.nodes(data="kind")], dtype=bool)
    return Arrays(nodes, actor, *rows.T)


def degrees(g: Arrays) -> dict[Hashable, dict[str, int]]:
    """Stances given and received per node (``report._degrees``), by ``np.bincount``."""
    n = len(g.nodes)
    counts = {
        f"{polarity}_{way}": np.bincount(ends, weights=w, minlength=n).astype(np.int64).tolist()
        for polarity, w in (("support", g.support), ("oppose", g.oppose))
        for way, ends in (("in", g.dst), ("out", g.src))
    }
    return {node: {k: v[i] for k, v in counts.items()} for i, node in enumerate(g.nodes)}


def pagerank(g: Arrays, polarity: str, alpha: float = 0.85) -> dict[Hashable, float]:
    """``metrics.pagerank`` of the ``polarity`` layer (nodes with such a stance only)."""
    w = g.support if polarity == "support" else g.oppose
    keep = w > 0
    if not keep.any():
        return {}
    src, dst, w = g.src[keep], g.dst[keep], w[keep].astype(float)
    used, inverse = np.unique(np.concatenate([src, dst]), return_inverse=True)
    n = len(used)
    A = sparse.csr_array((w, (inverse[: len(src)], inverse[len(src) :])), shape=(n, n))
    out = np.asarray(A.sum(axis=1)).ravel()
    scale = np.divide(1.0, out, out=np.zeros(n), where=out != 0)
    A = sparse.diags_array(scale) @ A
    x = p = np.full(n, 1.0 / n)
    dangling = out == 0
    for _ in range(100):
        last = x
        x = alpha * (x @ A + x[dangling].sum() * p) + (1 - alpha) * p
        if np.abs(x - last).sum() < n * 1.0e-6:
            break
    return {g.nodes[i]: float(v) for i, v in zip(used, x, strict=True)}


def _undirected(g: Arrays, n: int) -> Any:
    loop = g.src == g.dst
    src, dst = g.src[~loop], g.dst[~loop]
    A = sparse.csr_array((np.ones(len(src)), (src, dst)), shape=(n, n))
    return ((A + A.T) > 0).astype(float)


def betweenness(g: Arrays, seed: int = 0, sources: int = EXACT_SOURCES) -> dict[Hashable, float]:
    """``metrics.betweenness`` on the arrays (estimated from ``sources`` sampled sources past
    that many nodes)."""
    n = len(g.nodes)
    if n <= 2:
        return dict.fromkeys(g.nodes, 0.0)
    A = _undirected(g, n)
    chosen = np.arange(n)
    if n > sources:
        chosen = np.array(sorted(random.Random(seed).sample(range(n), sources)))
    total = np.zeros(n)
    for i in range(0, len(chosen), _BATCH):
        total += _dependencies(A, list(chosen[i : i + _BATCH]))
    scale = 1 / ((n - 1) * (n - 2)) * (n / len(chosen))
    return {node: float(v * scale) for node, v in zip(g.nodes, total, strict=True)}


def _signed(g: Arrays, *, claims: bool) -> tuple[Any, Any, Any]:
    """Unordered pairs ``(u < v)`` with a non-zero net stance, and that net."""
    keep = g.src != g.dst
    if not claims:
        keep &= g.actor[g.src] & g.actor[g.dst]
    u = np.minimum(g.src[keep], g.dst[keep])
    v = np.maximum(g.src[keep], g.dst[keep])
    n = len(g.nodes)
    keys, inverse = np.unique(u * n + v, return_inverse=True)
    net = np.bincount(inverse, weights=g.net[keep]).astype(np.int64)
    live = net != 0
    return keys[live] // n, keys[live] % n, np.sign(net[live])


def triads(g: Arrays) -> tuple[int, int]:
    """``signed.balanced_triads`` of the actors' signed graph.

    Each edge is turned from the node of lower degree to the one of higher degree (ties by
    index), so every triangle is one path a->b->c closed by a->c, counted once, and the sparse
    product stays small around the few actors tied to nearly everyone: the sum of
    ``(L @ L) * L`` counts triangles, and with signs, balanced minus unbalanced ones.
    """
    u, v, sign = _signed(g, claims=False)
    n = len(g.nodes)
    if len(u) < 3:
        return 0, 0
    degree = np.bincount(np.concatenate([u, v]), minlength=n)
    rank = np.empty(n, dtype=np.int64)
    rank[np.lexsort((np.arange(n), degree))] = np.arange(n)
    low = rank[u] < rank[v]
    a, b = np.where(low, u, v), np.where(low, v, u)
    L = sparse.csr_array((sign.astype(float), (a, b)), shape=(n, n))
    A = abs(L)
    net = round((L @ L).multiply(L).sum())
    total = round((A @ A).multiply(A).sum())
    return (total + net) // 2, total


def coalitions(g: Arrays, passes: int = _LARGE_PASSES) -> Coalitions:
    """``coalitions.coalitions`` for a large graph (a spectral start instead of support blocks, then
    ``passes`` Fiduccia-Mattheyses passes)."""
    u, v, sign = _signed(g, claims=True)
    n = len(g.nodes)
    both = g.actor[u] & g.actor[v]
    heavy = int((~both).sum()) + 1
    cost = np.where(both, heavy, 1)
    M = sparse.csr_array(((sign * cost).astype(float), (u, v)), shape=(n, n))
    M = M + M.T
    _, label = csgraph.connected_components(M, directed=False)
    side = np.zeros(n, dtype=np.int64)
    members = defaultdict(list)
    for i in range(n):
        members[label[i]].append(i)
    for nodes in members.values():
        if len(nodes) > 1:
            side[nodes] = _spectral_sides(M, nodes)
    adj: dict[int, list[tuple[int, bool, int]]] = {i: [] for i in range(n)}
    for a, b, s, c in zip(u.tolist(), v.tolist(), sign.tolist(), cost.tolist(), strict=True):
        adj[a].append((b, s > 0, c))
        adj[b].append((a, s > 0, c))
    sides = {i: int(side[i]) for i in adj}
    fm_passes(adj, sides, passes)
    return _camps(g, adj, sides, label, u, v, sign)


def _spectral_sides(M: Any, nodes: list[int]) -> Any:
    sub = M[nodes][:, nodes]
    if len(nodes) <= 200:
        _, vectors = np.linalg.eigh(sub.toarray())
        vector = vectors[:, -1]
    else:
        _, vectors = eigsh(sub.astype(float), k=1, which="LA", v0=np.ones(len(nodes)))
        vector = vectors[:, 0]
    return (vector < 0).astype(np.int64)


def _camps(g: Arrays, adj, sides, label, u, v, sign) -> Coalitions:  # type: ignore[no-untyped-def]
    key = {i: (int(label[i]), sides[i]) for i in adj}
    camps: dict[tuple[int, int], list[str]] = defaultdict(list)
    for i in sorted((i for i in adj if g.actor[i]), key=lambda i: str(g.nodes[i])):
        camps[key[i]].append(str(g.nodes[i]))
    groups = sorted((tuple(m) for m in camps.values()), key=lambda m: (-len(m), m))
    index_of_key = {}
    by_name = {str(g.nodes[i]): key[i] for i in adj if g.actor[i]}
    for idx, group in enumerate(groups):
        index_of_key[by_name[group[0]]] = idx
    membership = {str(g.nodes[i]): index_of_key[key[i]] for i in adj if key[i] in index_of_key}
    actors = g.actor[u] & g.actor[v]
    same = np.array([key[a] == key[b] for a, b in zip(u[actors], v[actors], strict=True)])
    frustrated = int(((sign[actors] > 0) != same).sum()) if len(same) else 0
    return Coalitions(tuple(groups), membership, frustrated)
