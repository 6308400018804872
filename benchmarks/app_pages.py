"""How long each page of the app takes at size: synthetic graphs of 10,000 and 100,000
statements, the default store. Targets at 100k: every page under 2 s (first visit, rerun, and
right after an article is added), the app ready within 10 s of start.

A script, not a test::

    .venv/bin/python benchmarks/app_pages.py --statements 10000,100000 [--repeat R]
        [--work DIR] [--json FILE]

The synthetic folders are ``stancegraph synth``'s (``graph/synth.py``: Zipf-distributed
speakers over N/50 actors, N/10 articles over three years, events, claims, stances), written
once into ``--work`` (kept there, so a second run skips writing and loading them). The pages
given a name get the busiest speaker; the actor page also the second and third busiest.

Per size it measures, with ``streamlit.testing.v1.AppTest`` (one script run is the whole page,
server side: queries, analysis, tables, charts; not the browser's drawing):

* ``ready``: from a cold start (store not open yet) until the first page is drawn, and
  ``warm-up``: until the background warm-up of the first pages has finished;
* per page: the *first* visit, a *rerun* (as when a widget changes) and *added*: the page
  rerun right after one small article was ingested through the store the app uses (what
  "Add article" does: ``ingest_extractions`` then ``forget_results``), while the new answers
  are computed in the background; ``ingest`` is that ingest's time (extraction aside).

The table gives each figure and, past the first size, its ratio to the first size measured in
the same run (a shared machine: read the ratios more than the seconds).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from streamlit.testing.v1 import AppTest  # noqa: E402

# (label, page, query parameters): each page as first shown, and the two pages a name is given to
VIEWS = (
    ("who-said", "who-said", {}),
    ("who-said ?actor=BUSIEST", "who-said", {"actor": "BUSIEST"}),
    ("timeline", "timeline", {}),
    ("network", "network", {}),
    ("actor", "actor", {}),
    ("actor ?actor=BUSIEST", "actor", {"actor": "BUSIEST"}),
    ("claims", "claims", {}),
    ("sparql", "sparql", {}),
    ("add", "add", {}),
)
TARGET = 2.0
READY_TARGET = 10.0


def synthetic_folder(work: Path, statements: int, seed: int = 7) -> tuple[Path, str]:
    """The synthetic data folder of ``statements`` statements (written once) and the id of its
    busiest speaker."""
    from graph.synth import synthesize

    data = work / f"app-synth-{statements}-{seed}"
    marker = data / "build" / "app_pages.json"
    if marker.exists():
        return data, json.loads(marker.read_text(encoding="utf-8"))["busiest"]
    t = time.perf_counter()
    report = synthesize(data, statements=statements, seed=seed)
    print(f"synth {statements}: {report.triples} triples in {time.perf_counter() - t:.1f} s")
    busiest = report.busiest
    marker.write_text(json.dumps({"busiest": busiest}), encoding="utf-8")
    return data, busiest


def load_store(data: Path) -> float:
    """Open the default store once (an Oxigraph mirror fills from the snapshot), in seconds:
    what ``stancegraph build`` or the first ``make run`` does, not counted in the app's start."""
    from graph.store import open_store

    t = time.perf_counter()
    open_store("oxigraph", data_dir=data).close()
    return time.perf_counter() - t


def measure(data: Path, actor: str, repeat: int) -> dict[str, object]:
    """Start-up figures and, per page, medians over ``repeat`` runs of first visit, rerun
    and added (seconds)."""
    import streamlit as st

    from pages_app import common

    os.environ["STANCEGRAPH_DATA"] = str(data)
    os.environ.pop("STANCEGRAPH_STORE", None)
    st.cache_data.clear()
    st.cache_resource.clear()
    t = time.perf_counter()
    _timed(_app("who-said", {}))  # a cold start: the store opens, the first page is drawn
    ready = time.perf_counter() - t
    common.warm_up(common.current_source()).join()
    warmed = time.perf_counter() - t
    views = [
        (label.replace("BUSIEST", actor), page, _named(params, actor))
        for label, page, params in VIEWS
    ]
    views += [(f"actor ?actor={a}", "actor", {"actor": a}) for a in _next_busiest(actor, 2)]
    print(f"  ready {ready:.2f} s, warm-up done {warmed:.2f} s ({_load()})", flush=True)
    runs: dict[str, list[list[float]]] = {label: [[], [], []] for label, _, _ in views}
    cpu: dict[str, list[list[float]]] = {label: [[], [], []] for label, _, _ in views}
    ingests: list[float] = []
    for i in range(repeat):
        sessions = {}
        for label, page, params in views:
            at = _app(page, params)
            for k in (0, 1):
                _record(runs[label][k], cpu[label][k], at)
            print(
                f"  {label}: first {runs[label][0][-1]:.2f} s, rerun {runs[label][1][-1]:.2f} s "
                f"({cpu[label][0][-1]:.2f} / {cpu[label][1][-1]:.2f} CPU-s; {_load()})",
                flush=True,
            )
            sessions[label] = at
        ingests.append(_add_article(actor, i))
        for label, at in sessions.items():
            _record(runs[label][2], cpu[label][2], at)
            print(
                f"  {label}: added {runs[label][2][-1]:.2f} s ({cpu[label][2][-1]:.2f} CPU-s)",
                flush=True,
            )
        _settled()
    pages = {label: [statistics.median(x) for x in times] for label, times in runs.items()}
    return {
        "load_average": _load(),
        "pages_cpu_s": {label: [statistics.median(x) for x in c] for label, c in cpu.items()},
        "ready_s": ready,
        "warm_up_s": warmed,
        "ingest_s": statistics.median(ingests),
        "pages": pages,
    }


def _next_busiest(busiest: str, n: int) -> list[str]:
    """The ``n`` speakers with the most statements after ``busiest`` (their actor pages are
    timed too: the second and third busiest), from the store's monthly counts."""
    from collections import Counter

    from pages_app import common

    queries = common.current_source().queries
    first = queries.resolve_actor(busiest).id
    made: Counter[str] = Counter()
    for c in queries.monthly_counts():
        made[c.speaker_id] += c.statements
    return [a for a, _ in made.most_common(n + 1) if a != first][:n]


def _named(params: dict[str, str], actor: str) -> dict[str, str]:
    return {k: actor if v == "BUSIEST" else v for k, v in params.items()}


def _add_article(actor_id: str, n: int) -> float:
    """Ingest one small article quoting ``actor_id`` through the app's store, as "Add article"
    does after its review; seconds of the ingest (no extraction: the records are given)."""
    from graph.ingest import ingest_extractions
    from graph.model import Article, DateValue, Extraction, Quote
    from graph.registry import load_registry
    from pages_app import common

    source = common.current_source()
    who = source.queries.resolve_actor(actor_id)
    said = "We will not sign this agreement before the harbour workers are heard."
    text = f"{who.name} said on Tuesday: “{said}” The talks resume next week."
    day = DateValue(date(2024, 3, 5 + n % 20), "stated")
    article = Article(f"bench-added-{n}-{time.time_ns()}", text, published=day)
    start = text.index(said)
    quote = Quote(who.id, article.span(start, start + len(said)), "direct", day)
    extraction = Extraction(article, (who,), (quote,), method="curated")
    ids = [a.id for a in load_registry(Path(source.data) / "actors.ttl")]
    common.SWITCH_WAIT = 0.0  # measure the pages while the new answers are being computed
    t = time.perf_counter()
    ingest_extractions(
        [extraction],
        data_dir=Path(source.data),
        registry_ids=ids,
        store=source.store,
        store_spec=source.spec,
    )
    took = time.perf_counter() - t
    common.forget_results(source)
    return took


def _settled() -> None:
    """Wait until the background work of the last change is done."""
    import threading

    for thread in threading.enumerate():
        if thread.name == "stancegraph-warm-up":
            thread.join()


def _app(page: str, params: dict[str, str]) -> AppTest:
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=600)
    at.query_params["page"] = page
    for key, value in params.items():
        at.query_params[key] = value
    return at


def _record(walls: list[float], cpus: list[float], at: AppTest) -> None:
    """One run of ``at``: its wall seconds and the process's CPU seconds meanwhile (the
    background threads' included)."""
    c = time.process_time()
    walls.append(_timed(at))
    cpus.append(time.process_time() - c)


def _load() -> str:
    """The load average over 1, 5 and 15 minutes, as the figures are read beside it."""
    try:
        return "load " + " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "load n/a"


def _timed(at: AppTest) -> float:
    t = time.perf_counter()
    at.run()
    elapsed = time.perf_counter() - t
    if at.exception or at.error:
        problems = [e.value for e in (*at.exception, *at.error)]
        raise SystemExit(f"page {at.query_params['page']} failed: {problems}")
    return elapsed


def report(results: list[dict[str, object]]) -> bool:
    """Print the table (ratios to the first size); whether every target is met."""
    base = results[0]
    fine = True
    for r in results:
        ratio = r is not base
        print(
            f"\n{r['statements']} statements: store load {r['load_s']:.1f} s (once), "
            f"ready {r['ready_s']:.2f} s{_ratio(r, base, 'ready_s', ratio)}, warm-up done "
            f"{r['warm_up_s']:.2f} s, ingest one article {r['ingest_s']:.2f} s"
            f"{_ratio(r, base, 'ingest_s', ratio)}; {r.get('load_average', '')}"
        )
        fine &= float(r["ready_s"]) < READY_TARGET  # type: ignore[arg-type]
        head = f"{'first s':>8} {'rerun s':>8} {'added s':>8}"
        extra = f"  {'x first':>8} {'x rerun':>8} {'x added':>8}" if ratio else ""
        print(f"  {'page':<34} {head}{extra}   target < {TARGET:.0f} s")
        base_pages: dict[str, list[float]] = base["pages"]  # type: ignore[assignment]
        for (label, times), base_times in zip(
            r["pages"].items(),  # type: ignore[attr-defined]
            base_pages.values(),
            strict=True,
        ):
            met = all(t < TARGET for t in times)
            fine &= met
            cells = " ".join(f"{t:>8.2f}" for t in times)
            used = r.get("pages_cpu_s", {}).get(label)  # type: ignore[attr-defined]
            cells += f"  (CPU-s {' / '.join(f'{c:.2f}' for c in used)})" if used else ""
            ratios = (
                "  "
                + " ".join(
                    f"{t / max(b, 1e-6):>8.1f}" for t, b in zip(times, base_times, strict=True)
                )
                if ratio
                else ""
            )
            print(f"  {label:<34} {cells}{ratios}   {'ok' if met else 'SLOW'}")
    return fine


def _ratio(r: dict[str, object], base: dict[str, object], key: str, show: bool) -> str:
    if not show:
        return ""
    return f" (x{float(r[key]) / max(float(base[key]), 1e-6):.1f})"  # type: ignore[arg-type]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", default="10000,100000", help="sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--work",
        default=str(Path(tempfile.gettempdir()) / "stancegraph-app-pages"),
        help="where the synthetic folders stay between runs",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", help="write the figures here as JSON")
    args = parser.parse_args()
    sizes = [int(s) for s in args.statements.split(",") if s.strip()]
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results: list[dict[str, object]] = []
    for size in sizes:
        data, busiest = synthetic_folder(work, size, args.seed)
        loaded = load_store(data)
        print(f"{size} statements: default store ready in {loaded:.1f} s", flush=True)
        figures = measure(data, busiest, args.repeat)
        results.append({"statements": size, "busiest": busiest, "load_s": loaded, **figures})
    ok = report(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("\nall pages under the target" if ok else "\nsome figures miss the target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
