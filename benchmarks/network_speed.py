"""How fast the stance network is built, measured, cached and read back, at a corpus's size.

A script, not a test: ``.venv/bin/python benchmarks/network_speed.py [--statements N]``.
It draws the network a synthetic corpus of N statements holds (the shape of ``stancegraph
synth``: N/50 actors speaking by a Zipf law, N/100 claims, a stance implied by an event after
one statement in five and a stance on a claim after one in four, 15 % of signs against three
hidden camps) as the store's aggregate rows (``StanceEdge``, one per source, target and
polarity), then times each step and its ratio to a baseline measured in the same run on the
same graph: networkx PageRank of the support layer. ``--statements 1000000`` is the issue's
1M target (network <= 30 s, reading the cache < 1 s). Figures vary by machine; ratios much less.

``--app DATA`` times the app's network page instead, on a data folder (``stancegraph synth``'s,
built): with ``streamlit.testing.v1.AppTest`` as ``benchmarks/app_pages.py`` does, a cold
first visit (the store opens; the network is read from its cache, or measured and cached),
then in a new session the first visit and a rerun, the view around the busiest node, a replay
to the slider's middle day while the page's background thread measures the other days (cold:
measured from the store's aggregate of that window), and, once that thread is done, replays to
two other days; the baseline is the who-said page's rerun in the same run. Target at 100k
statements: under 2 s.
"""

from __future__ import annotations

import argparse
import bisect
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.model import Actor
from graph.network import (
    analyze,
    betweenness,
    coalitions,
    edge_graph,
    layer,
    pagerank,
    signed_graph,
    triad_balance,
)
from graph.network import cache as network_cache
from graph.network.metrics import _pagerank
from graph.queries.rows import StanceEdge


def synthetic(statements: int, seed: int = 0) -> tuple[list[StanceEdge], list[Actor]]:
    """The aggregate rows of a synthetic corpus of ``statements`` statements."""
    rng = random.Random(seed)
    n_actors, n_claims = max(10, statements // 50), max(1, statements // 100)
    actors = [Actor(f"actor-{i:06d}", f"Actor {i}", "Person") for i in range(n_actors)]
    weights, total = [], 0.0
    for rank in range(1, n_actors + 1):
        total += 1 / rank**1.1
        weights.append(total)
    camp = [rng.randrange(3) for _ in actors]
    claim_camp = [rng.randrange(3) for _ in range(n_claims)]
    counts: Counter[tuple[int, int, str, int]] = Counter()
    days: dict[tuple[int, int, str, int], list[date]] = {}
    day0 = date(2022, 1, 1)
    for _ in range(statements):
        source = min(bisect.bisect(weights, rng.random() * total), n_actors - 1)
        if rng.random() < 0.2:
            other = rng.randrange(n_actors)
            _draw(rng, counts, days, (source, other, "actor"), camp[source] == camp[other], day0)
        if rng.random() < 0.25:
            claim = rng.randrange(n_claims)
            agree = camp[source] == claim_camp[claim]
            _draw(rng, counts, days, (source, claim, "claim"), agree, day0)
    edges = []
    for (s, t, kind, sign), n in counts.items():
        when = sorted(days[(s, t, kind, sign)])
        target = f"claim-{t:05d}" if kind == "claim" else actors[t].id
        edges.append(
            StanceEdge(
                actors[s].name, actors[s].id, target, target, kind,
                "support" if sign > 0 else "oppose", sign, n, when[0], when[-1], 0,
                (f"stance-{s}-{t}-{sign}",),
            )
        )  # fmt: skip
    return edges, actors


def _draw(rng, counts, days, pair, agree, day0) -> None:  # type: ignore[no-untyped-def]
    sign = 1 if agree else -1
    if rng.random() < 0.15:
        sign = -sign
    key = (*pair, sign)
    counts[key] += 1
    days.setdefault(key, []).append(day0 + timedelta(days=rng.randrange(3 * 365)))


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def app_page(data: Path) -> None:
    """The network page's times on the data folder ``data`` (see the module's docstring)."""
    import os

    import streamlit as st
    from app_pages import _app, _load  # benchmarks/app_pages.py: one AppTest run, checked
    from app_pages import _timed as _wall

    used: list[float] = []  # the process's CPU seconds of each row (background threads' too)

    def _timed(at: Any) -> float:
        c = time.process_time()
        wall = _wall(at)
        used.append(time.process_time() - c)
        return wall

    from pages_app import common
    from pages_app.network import replay_days

    os.environ["STANCEGRAPH_DATA"] = str(data)
    os.environ.pop("STANCEGRAPH_STORE", None)
    st.cache_data.clear()
    st.cache_resource.clear()
    cold = _timed(_app("network", {}))
    at = _app("network", {})
    rows = [("cold start, first visit", cold), ("first visit", _timed(at)), ("rerun", _timed(at))]
    at.radio(key="net_view").set_value("Around a node")
    rows.append(("around the best-ranked node", _timed(at)))
    lo, hi = common.network(common.current_source()).days()  # the slider's ends
    assert lo is not None and hi is not None
    days = replay_days(lo, hi)  # the slider's stops, measured in the background meanwhile
    at.select_slider(key="net_day").set_value(days[len(days) // 2])
    rows.append(("replay to the middle day, cold", _timed(at)))
    rows.append(("replay, rerun", _timed(at)))
    waited = _prefetched()
    at.select_slider(key="net_day").set_value(days[len(days) // 4])
    rows.append(("replay to another day, prefetched", _timed(at)))
    at.select_slider(key="net_day").set_value(days[0])
    rows.append(("replay to the first day, prefetched", _timed(at)))
    print(f"the slider's {len(days)} days measured in the background in {waited:.1f} s more")
    who = _app("who-said", {})
    _timed(who)
    base = _timed(who)
    print(f"baseline: the who-said page's rerun {base * 1000:9.1f} ms")
    print(f"{'network page':34} {'ms':>10} {'x baseline':>11} {'CPU-s':>7}   ({_load()})")
    for (name, seconds), cpu in zip(rows, used[: len(rows)], strict=True):
        print(f"{name:34} {seconds * 1000:10.1f} {seconds / base:10.1f}x {cpu:7.2f}")


def _prefetched() -> float:
    """Wait for the replay's days to be measured in the background; seconds waited."""
    import threading

    t = time.perf_counter()
    for thread in threading.enumerate():
        if thread.name == "stancegraph-replay":
            thread.join()
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--steps", action="store_true", help="also time each metric alone")
    parser.add_argument("--app", type=Path, metavar="DATA", help="time the app's network page")
    args = parser.parse_args()
    if args.app:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        app_page(args.app)
        return

    edges, actors = synthetic(args.statements)
    t_build, D = timed(lambda: edge_graph(edges, actors))
    support = layer(D, "support")
    base, _ = timed(lambda: _pagerank(support, weight="weight"))
    rows = [("build graph from aggregate rows", t_build)]
    if args.steps:
        rows += [
            ("pagerank support + oppose", timed(lambda: (pagerank(D, "support"),
                                                           pagerank(D, "oppose")))[0]),
            ("betweenness", timed(lambda: betweenness(D))[0]),
            ("triad balance", timed(lambda: triad_balance(signed_graph(D)))[0]),
            ("coalitions", timed(lambda: coalitions(D, seed=0))[0]),
        ]  # fmt: skip
    t_analyze, report = timed(lambda: analyze(D, seed=0))
    rows.append(("analyze (everything)", t_analyze))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "network.sqlite"
        rows.append(("write the cache", timed(lambda: network_cache.save(path, "k", report))[0]))
        rows.append(("read the cache: summary", timed(lambda: network_cache.load(path, "k"))[0]))
        cached = network_cache.load(path, "k")
        assert cached is not None
        rows.append(("read the cache: top 50", timed(lambda: cached.top(50))[0]))
        busiest = max(report.nodes, key=lambda n: n.support_out + n.oppose_out).id
        rows.append(("read the cache: ego, 1 step", timed(lambda: cached.ego(busiest, 1))[0]))
        rows.append(("read the cache: everything", timed(cached.report)[0]))
    print(
        f"{args.statements} statements: {len(edges)} aggregate rows, {D.number_of_nodes()} "
        f"nodes, {D.number_of_edges()} netted pairs; {len(report.coalitions)} camps, "
        f"frustration {report.frustration}"
    )
    print(f"baseline: networkx pagerank on the support layer {base * 1000:9.1f} ms")
    print(f"{'step':34} {'ms':>10} {'x baseline':>11}")
    for name, seconds in rows:
        print(f"{name:34} {seconds * 1000:10.1f} {seconds / base:10.1f}x")
    total = t_build + t_analyze
    print(f"network (build + metrics): {total:.1f} s")


if __name__ == "__main__":
    main()
