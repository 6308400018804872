"""The signed undirected graph behind structural balance: frustration and triad balance.

``signed_graph`` folds a stance graph into one undirected edge per pair of nodes whose stances
do not cancel out: ``net`` is the sum of the signs of every stance between the two, in either
direction, and ``sign`` is +1 or -1. A pair whose stances cancel exactly (net 0, "mixed") carries
no signal and gets no edge, so it counts in neither the frustration nor any triangle.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping

import networkx as nx
import numpy as np

from graph.network.build import collapse

__all__ = ["balanced_triads", "frustration", "signed_graph", "triad_balance"]


def signed_graph(G: nx.Graph, *, claims: bool = False) -> nx.Graph:
    """One undirected signed edge per pair of nodes with a non-zero net stance.

    ``G`` is a stance multigraph or its ``collapse``. Claims are left out unless ``claims``.
    Edge attributes: ``sign`` (+1/-1), ``net`` (sum of signs) and ``weight`` (stances).

    >>> D = nx.DiGraph()
    >>> D.add_nodes_from("ab", kind="actor")
    >>> D.add_edge("a", "b", net=2, weight=2)
    >>> D.add_edge("b", "a", net=-1, weight=1)
    >>> dict(signed_graph(D).edges["a", "b"])
    {'net': 1, 'weight': 3, 'sign': 1}
    """
    D = collapse(G) if G.is_multigraph() else G
    keep = {n for n, kind in D.nodes(data="kind") if claims or kind == "actor"}
    S = nx.Graph()
    S.add_nodes_from((n, D.nodes[n]) for n in sorted(keep))
    pairs: dict[frozenset[Hashable], list[int]] = {}
    for u, v, data in D.edges(data=True):
        if u in keep and v in keep and u != v:
            net_weight = pairs.setdefault(frozenset((u, v)), [0, 0])
            net_weight[0] += data["net"]
            net_weight[1] += data["weight"]
    for pair, (net, weight) in pairs.items():
        if net:
            u, v = sorted(pair)
            S.add_edge(u, v, net=net, weight=weight, sign=1 if net > 0 else -1)
    return S


def frustration(S: nx.Graph, partition: Mapping[Hashable, Hashable] | Iterable[Collection]) -> int:
    """The number of edges of ``S`` that the partition leaves frustrated.

    An edge is frustrated when it is positive and joins two groups, or negative and lies inside
    one group. Each pair counts once, whatever its weight. ``partition`` is a mapping node ->
    group label or an iterable of groups; a node in none of the groups is a group of its own.

    >>> S = nx.Graph()
    >>> S.add_edges_from([("a", "b"), ("b", "c"), ("a", "c")], sign=-1)
    >>> frustration(S, [{"a"}, {"b", "c"}])
    1
    """
    if isinstance(partition, Mapping):
        label = dict(partition)
    else:
        label = {n: i for i, group in enumerate(partition) for n in group}
    count = 0
    for u, v, sign in S.edges(data="sign"):
        same = u in label and v in label and label[u] == label[v]
        if (sign > 0) != same:
            count += 1
    return count


def balanced_triads(S: nx.Graph) -> tuple[int, int]:
    """``(balanced, total)`` signed triangles of ``S``: balanced when the product of signs is > 0.

    Counted with sparse matrix products (the sum over triangles of the product of their signs
    is trace(S³)/6, their number trace(|S|³)/6), a block of rows at a time so that memory stays
    bounded when a few actors are tied to nearly everyone.

    >>> S = nx.Graph()
    >>> S.add_edges_from([("a", "b"), ("b", "c"), ("a", "c")], sign=-1)
    >>> balanced_triads(S)
    (0, 1)
    """
    S = nx.Graph(S)
    S.remove_edges_from(nx.selfloop_edges(S))
    if S.number_of_edges() < 3:
        return 0, 0
    M = nx.to_scipy_sparse_array(S, weight="sign", format="csr").astype(np.float64)
    A = abs(M)
    signed = unsigned = 0.0
    for start in range(0, M.shape[0], _ROWS):
        rows = slice(start, start + _ROWS)
        signed += (M[rows] @ M).multiply(M[rows]).sum()
        unsigned += (A[rows] @ A).multiply(A[rows]).sum()
    total, net = round(unsigned / 6), round(signed / 6)
    return (total + net) // 2, total


_ROWS = 2048


def triad_balance(S: nx.Graph) -> float | None:
    """The share of balanced signed triangles in ``S``, or None when ``S`` has no triangle.

    >>> S = nx.Graph()
    >>> S.add_edges_from([("a", "b"), ("c", "d")], sign=1)
    >>> S.add_edges_from([("a", "c"), ("b", "c")], sign=-1)
    >>> triad_balance(S)
    1.0
    """
    balanced, total = balanced_triads(S)
    return balanced / total if total else None
