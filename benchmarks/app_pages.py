"""How long each page of the app takes to render, on the seed graph and on a synthetic graph of
10,000 statements. Target: under 2 s per page.

A script, not a test: ``.venv/bin/python benchmarks/app_pages.py [--statements N] [--repeat R]``.
The measure is the time of one ``AppTest`` script run (the whole page, server side: queries,
network analysis, tables, charts; not the browser's drawing). Per page it prints the *first*
visit (after the app's background warm-up at first start has answered the unfiltered questions),
a *rerun* (as when a widget changes) and a *cold* run (every cached answer cleared, as right
after an article is added). Opening the store and the warm-up, once per server process, are
printed apart; the target applies to first visits and reruns.

The synthetic graph is ``stancegraph synth``'s (``graph/synth.py``, the generator every
benchmark uses): N statements by Zipf-distributed speakers over N/50 actors, N/10 articles over
three years, events, claims and stances, in a temporary data folder opened with the default
store. The pages given a name get its busiest speaker.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from streamlit.testing.v1 import AppTest  # noqa: E402

from graph import dataset  # noqa: E402
from graph.store.memory import build_path  # noqa: E402
from graph.synth import synthesize  # noqa: E402

# (label, page, query parameters): each page as first shown, and the two pages a name is given to
VIEWS = (
    ("who-said", "who-said", {}),
    ("who-said ?actor=Maduro", "who-said", {"actor": "Maduro"}),
    ("timeline", "timeline", {}),
    ("network", "network", {}),
    ("actor", "actor", {}),
    ("actor ?actor=Maduro", "actor", {"actor": "Maduro"}),
    ("claims", "claims", {}),
    ("sparql", "sparql", {}),
    ("add", "add", {}),
)
TARGET = 2.0


def seed_folder(target: Path) -> Path:
    """A copy of the repository's data sources, built."""
    for name in ("actors.ttl",):
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "data" / name, target / name)
    for folder in ("articles", "annotations"):
        shutil.copytree(REPO / "data" / folder, target / folder)
    dataset.build(target)
    return target


def synthetic_folder(target: Path, statements: int, seed: int = 7) -> tuple[Path, str]:
    """A synthetic data folder of ``statements`` statements (``stancegraph synth``), and the
    name of its busiest speaker."""
    report = synthesize(target, statements=statements, seed=seed)
    return target, report.busiest


def measure(
    data: Path, repeat: int, actor: str = "Maduro"
) -> tuple[float, float, dict[str, tuple[float, ...]]]:
    """Seconds to open the store, to warm the caches, and per page four medians over
    ``repeat`` runs: first visit after the warm-up, rerun, right after an article is added (the
    new answers being computed in the background), and cold (every cache cleared)."""
    import streamlit as st

    from pages_app.common import current_source, warm_up

    os.environ["STANCEGRAPH_DATA"] = str(data)
    os.environ.pop("STANCEGRAPH_STORE", None)
    t = time.perf_counter()
    _run("sparql")  # the cheapest page: what remains is opening the store
    opening = time.perf_counter() - t
    t = time.perf_counter()
    warm_up(current_source()).join()  # started by that first run
    warming = time.perf_counter() - t
    times: dict[str, list[list[float]]]
    views = _views(actor)
    times = {label: [[], [], [], []] for label, _, _ in views}
    for _ in range(repeat):
        for label, page, params in views:
            at = _app(page, params)
            times[label][0].append(_timed(at))
            times[label][1].append(_timed(at))
    for _ in range(repeat):
        # The graph changed (as after "Add article"): pages keep the answers they have while
        # the next generation's are computed; a page opened now competes with that work.
        # Sessions already open (a server scans its components once, at start; every new
        # AppTest scans them again, which would be measured instead of the page).
        sessions = {label: _app(page, params) for label, page, params in views}
        for at in sessions.values():
            at.run()
        AppTest.from_function(_graph_changed, default_timeout=300).run()
        for label, at in sessions.items():
            times[label][2].append(_timed(at))
        _settled()
    for _ in range(repeat):
        for label, page, params in views:
            st.cache_data.clear()
            times[label][3].append(_timed(_app(page, params)))
    st.cache_data.clear()
    medians = {page: tuple(statistics.median(x) for x in runs) for page, runs in times.items()}
    return opening, warming, medians


def _views(actor: str) -> tuple[tuple[str, str, dict[str, str]], ...]:
    """The pages, the two that take a name given ``actor``."""
    return tuple(
        (label.replace("Maduro", actor), page, {k: actor for k in params})
        for label, page, params in VIEWS
    )


def _graph_changed() -> None:
    """What "Add article" does after committing, run inside the app's runtime (its caches)."""
    from pages_app import common

    common.SWITCH_WAIT = 0.0  # measure the pages while the new answers are being computed
    common.forget_results(common.current_source())


def _settled() -> None:
    """Wait until the background work of the last change is done."""
    import threading

    for thread in threading.enumerate():
        if thread.name == "stancegraph-warm-up":
            thread.join()


def _app(page: str, params: dict[str, str]) -> AppTest:
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=300)
    at.query_params["page"] = page
    for key, value in params.items():
        at.query_params[key] = value
    return at


def _timed(at: AppTest) -> float:
    t = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - t
    _check(at, at.query_params["page"])
    return elapsed


def _run(page: str) -> AppTest:
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=300)
    at.query_params["page"] = page
    at.run()
    _check(at, page)
    return at


def _check(at: AppTest, page: str) -> None:
    if at.exception or at.error:
        problems = [e.value for e in (*at.exception, *at.error)]
        raise SystemExit(f"page {page} failed: {problems}")


def report(name: str, opening: float, warming: float, pages: dict[str, tuple[float, ...]]) -> bool:
    print(f"\n{name}: opening the store {opening:.2f} s, background warm-up {warming:.2f} s")
    head = f"{'first s':>8} {'rerun s':>8} {'added s':>8} {'cold s':>8}"
    print(f"  {'page':<24} {head}   target < {TARGET:.0f} s")
    fine = True
    for page, (first, rerun, added, cold) in pages.items():
        met = first < TARGET and rerun < TARGET and added < TARGET
        verdict = ("ok" if met else "SLOW") + ("" if cold < TARGET else " (cold over target)")
        fine &= met
        print(f"  {page:<24} {first:>8.2f} {rerun:>8.2f} {added:>8.2f} {cold:>8.2f}   {verdict}")
    return fine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="stancegraph-bench-") as tmp:
        root = Path(tmp)
        seed = seed_folder(root / "seed")
        t = time.perf_counter()
        big, busiest = synthetic_folder(root / "big", args.statements)
        print(
            f"synthetic graph: {args.statements} statements written in "
            f"{time.perf_counter() - t:.1f} s ({build_path(big).stat().st_size / 1e6:.1f} MB TriG)"
        )
        ok = report("seed graph", *measure(seed, args.repeat))
        ok &= report(
            f"synthetic graph ({args.statements} statements)",
            *measure(big, args.repeat, busiest),
        )
    print("\nall pages under the target" if ok else "\nsome pages miss the target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
