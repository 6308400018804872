"""How fast the stance network is built, measured and split into camps, on a synthetic stance set.

A script, not a test: ``.venv/bin/python benchmarks/network_speed.py [--stances N] [--actors M]``.
It draws N stances among M actors in three hidden camps (and some claims), with 15 % of signs
against the camps, then prints each step's time and its ratio to a baseline measured in the same
run on the same graph: networkx PageRank of the support layer, and networkx Louvain of the support
layer for the camp search (which starts from Louvain). Figures vary by machine; ratios much less.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import networkx as nx

from graph.network import (
    analyze,
    betweenness,
    coalitions,
    collapse,
    degrees,
    layer,
    pagerank,
    signed_graph,
    stance_graph,
    triad_balance,
)
from graph.network.metrics import _pagerank


@dataclass(frozen=True, slots=True)
class Stance:
    source: str
    source_id: str
    target: str
    target_id: str
    target_kind: str
    polarity: str
    sign: int
    date: str | None
    date_certainty: str
    evidence: str
    article: str
    start: int
    end: int
    confidence: float


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    type: str


def synthetic(n_stances: int, n_actors: int, seed: int = 0) -> tuple[list[Stance], list[Actor]]:
    rng = random.Random(seed)
    actors = [Actor(f"actor-{i:04d}", f"Actor {i}", "Person") for i in range(n_actors)]
    camp = {a.id: rng.randrange(3) for a in actors}
    claims = [f"claim-{i:03d}" for i in range(max(1, n_actors // 10))]
    claim_camp = {c: rng.randrange(3) for c in claims}
    day0 = date(2024, 7, 1)
    stances = []
    for i in range(n_stances):
        source = rng.choice(actors).id
        if rng.random() < 0.2:
            target, kind, same = rng.choice(claims), "claim", None
            same = claim_camp[target] == camp[source]
        else:
            target = rng.choice(actors).id
            while target == source:
                target = rng.choice(actors).id
            kind, same = "actor", camp[target] == camp[source]
        sign = 1 if same else -1
        if rng.random() < 0.15:
            sign = -sign
        day = None if rng.random() < 0.05 else (day0 + timedelta(days=rng.randrange(120)))
        stances.append(
            Stance(
                source, source, target, target, kind,
                "support" if sign > 0 else "oppose", sign,
                day.isoformat() if day else None, "stated" if day else "unknown",
                f"evidence {i}", f"article-{i % 400}", i, i + 10, 1.0,
            )
        )  # fmt: skip
    return stances, actors


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The median wall time of ``repeat`` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stances", type=int, default=10_000)
    parser.add_argument("--actors", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    stances, actors = synthetic(args.stances, args.actors)
    r = args.repeat
    t_build, G = timed(lambda: stance_graph(stances, actors), r)
    D = collapse(G)
    support = layer(D, "support")
    base_pr, _ = timed(lambda: _pagerank(support, weight="weight"), r)
    S = signed_graph(D, claims=True)
    positive = nx.Graph([(u, v) for u, v, s in S.edges(data="sign") if s > 0])
    base_louvain, _ = timed(lambda: nx.community.louvain_communities(positive, seed=0), r)

    rows = [
        ("build stance graph", t_build, base_pr),
        ("collapse", timed(lambda: collapse(G), r)[0], base_pr),
        ("degrees", timed(lambda: degrees(G), r)[0], base_pr),
        (
            "pagerank support + oppose",
            timed(lambda: (pagerank(D, "support"), pagerank(D, "oppose")), r)[0],
            base_pr,
        ),
        ("betweenness", timed(lambda: betweenness(D), 1)[0], base_pr),
        ("triad balance", timed(lambda: triad_balance(signed_graph(D)), r)[0], base_pr),
        ("coalitions", timed(lambda: coalitions(D, seed=0), r)[0], base_louvain),
        ("analyze (everything)", timed(lambda: analyze(G, seed=0), 1)[0], base_pr),
    ]
    found = coalitions(D, seed=0)
    print(
        f"{len(stances)} stances, {G.number_of_nodes()} nodes, "
        f"{D.number_of_edges()} netted pairs, {S.number_of_edges()} signed edges"
    )
    print(f"baseline: networkx pagerank on the support layer {base_pr * 1000:8.1f} ms")
    print(f"baseline: networkx louvain on the support layer  {base_louvain * 1000:8.1f} ms")
    print(f"{'step':28} {'ms':>9} {'x baseline':>11}")
    for name, seconds, base in rows:
        which = "louvain" if base is base_louvain else "pagerank"
        print(f"{name:28} {seconds * 1000:9.1f} {seconds / base:10.1f}x ({which})")
    print(f"camps: {[len(g) for g in found.groups]}, frustration {found.frustration}")


if __name__ == "__main__":
    main()
