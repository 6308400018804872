"""How the stores hold up as the graph grows: 10k, 100k and 1M statements, every backend.

A script, not a test::

    .venv/bin/python benchmarks/scale.py [--sizes 10000,100000,1000000] [--json FILE]
        [--backends memory,oxigraph-memory,oxigraph,sparql] [--work DIR] [--seed S]

For each size it writes a synthetic corpus (``stancegraph synth``, kept in ``--work`` for the
next run) and, for each backend, in a fresh process (so peak memory is that backend's own):

- ``load_triples_per_s``: opening the store from the built snapshot, over its triples: rdflib's
  parser (``memory``, the baseline); Oxigraph's bulk loader into memory (``oxigraph-memory``) or
  into the folder of the default store (``oxigraph``), text index included; the Oxigraph
  server's own ``oxigraph load`` into its folder (``sparql``, then queried over HTTP);
- ``peak_rss_mb``: the process's peak resident memory (with the server's, for ``sparql``);
- ``who_said_p50_ms``/``p90``: ``Queries.who_said`` for a random actor and a one-year window;
- ``timeline_page_ms``: ``Queries.statements_page`` (50 rows, keyset) after a random statement;
- ``search_p50_ms``: ``Queries.search`` for a word of a random quote, first 50 in time order;
- ``monthly_counts_ms``: ``Queries.monthly_counts`` for a random actor (p50);
- ``network_s``: the stance network from the store's aggregate, measured (``analyze``: PageRank,
  betweenness, coalitions, balance), without the cache the commands and the app read.

It prints one table per size with each figure's ratio to the baseline of that size (``x`` is
how many times better: faster, or higher throughput), and writes the rows to ``--json``. The
rdflib baseline is skipped, with the reason printed, where it cannot finish (1M statements); a
backend that runs past ``--budget`` seconds is stopped and reported as skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

BACKENDS = ("memory", "oxigraph-memory", "oxigraph", "sparql")
FIGURES = (
    "load_triples_per_s",
    "peak_rss_mb",
    "who_said_p50_ms",
    "who_said_p90_ms",
    "timeline_page_ms",
    "search_p50_ms",
    "monthly_counts_ms",
    "network_s",
)
HIGHER_IS_BETTER = {"load_triples_per_s"}
MEMORY_LIMIT = 100_000  # rdflib cannot load more within 300 s and 8.6 GB (issue 15)
REPEAT = 20


def main() -> int:
    args = _arguments()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    backends = [b for b in args.backends.split(",") if b]
    for b in backends:
        if b not in BACKENDS:
            print(f"scale.py: unknown backend {b!r}; use {', '.join(BACKENDS)}", file=sys.stderr)
            return 1
    work = Path(args.work)
    results: list[dict[str, Any]] = []
    for size in sizes:
        data = _corpus(work, size, args.seed)
        for backend in backends:
            row = _measure_in_child(size, backend, data, args)
            results.append(row)
            _print_row(row)
            if args.json:  # after every row, so a long run leaves what it measured
                Path(args.json).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        _print_table(size, [r for r in results if r["size"] == size])
    return 0


def _arguments() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="10000,100000,1000000")
    p.add_argument("--backends", default=",".join(BACKENDS))
    p.add_argument("--json", help="write the rows here as a JSON list")
    p.add_argument("--work", default="/tmp/stancegraph-scale", help="corpora and stores")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--budget", type=float, default=3600.0, help="seconds per size and backend")
    p.add_argument("--one", nargs=3, metavar=("SIZE", "BACKEND", "DATA"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.one:
        size, backend, data = args.one
        print(json.dumps(measure(int(size), backend, Path(data), args.seed)))
        sys.exit(0)
    return args


def _corpus(work: Path, size: int, seed: int) -> Path:
    """The synthetic folder of ``size`` statements, written once per size and seed."""
    from graph.synth import synthesize

    data = work / f"synth-{size}-{seed}"
    marker = data / "build" / "synth.json"
    if not marker.exists():
        shutil.rmtree(data, ignore_errors=True)
        report = synthesize(data, statements=size, seed=seed)
        marker.write_text(
            json.dumps({"triples": report.triples, "seconds": report.seconds}), encoding="utf-8"
        )
        rate = report.triples / report.seconds
        print(
            f"synth {size}: {report.triples} triples ({report.triples / size:.1f} per statement), "
            f"{report.articles} articles, {report.actors} actors in {report.seconds:.1f} s "
            f"({rate:,.0f} triples/s)",
            flush=True,
        )
    return data


def _measure_in_child(size: int, backend: str, data: Path, args: argparse.Namespace) -> dict:
    row: dict[str, Any] = {"size": size, "backend": backend}
    (data / "build" / f"scale-{backend}.json").unlink(missing_ok=True)
    if backend == "memory" and size > MEMORY_LIMIT:
        marker = json.loads((data / "build" / "synth.json").read_text(encoding="utf-8"))
        reason = (
            f"skipped: rdflib's memory store cannot load {size:,} statements "
            f"({marker['triples'] / 1e6:.1f}M triples) within 300 s and 8.6 GB (issue 15's measure)"
        )
        print(f"{size} {backend}: {reason}")
        return {**row, **dict.fromkeys(("triples", *FIGURES)), "skipped": reason}
    command = [sys.executable, __file__, "--seed", str(args.seed), "--one"]
    try:
        done = subprocess.run(
            [*command, str(size), backend, str(data)],
            capture_output=True,
            text=True,
            timeout=args.budget,
        )
    except subprocess.TimeoutExpired:
        reason = f"stopped: did not finish within {args.budget:.0f} s"
        partial = data / "build" / f"scale-{backend}.json"
        kept = json.loads(partial.read_text(encoding="utf-8")) if partial.exists() else {}
        return {**row, **dict.fromkeys(("triples", *FIGURES)), **kept, "skipped": reason}
    if done.returncode != 0:
        reason = "failed: " + (done.stderr.strip().splitlines() or ["?"])[-1][:200]
        print(f"{size} {backend}: {reason}", file=sys.stderr)
        return {**row, **dict.fromkeys(("triples", *FIGURES)), "skipped": reason}
    return {**row, **json.loads(done.stdout.strip().splitlines()[-1])}


# ---------------------------------------------------------------------------------------------
# One size and backend, in its own process


def measure(size: int, backend: str, data: Path, seed: int) -> dict[str, Any]:
    from graph.queries import Queries

    rng = random.Random(seed + size)
    started, cpu = time.perf_counter(), _cpu()
    store, server = _open(backend, data)
    load_s, load_cpu_s = time.perf_counter() - started, _cpu() - cpu
    try:
        triples = len(store)
        q = Queries(store)
        out: dict[str, Any] = {
            "triples": triples,
            "load_s": round(load_s, 2),
            "load_triples_per_s": round(triples / load_s),
            # CPU time of every thread (loader and index), which a shared machine does not inflate
            "load_cpu_s": round(load_cpu_s, 1),
            "load_triples_per_cpu_s": round(triples / load_cpu_s) if load_cpu_s else None,
            # its parts: Oxigraph's bulk loader (wall), the text index thread beside it (wall,
            # CPU), the final flush; the loader's CPU is about load_cpu_s - load_index_cpu_s
            **{f"load_{k}": round(v, 1) for k, v in getattr(store, "load_report", {}).items()},
        }
        partial = data / "build" / f"scale-{backend}.json"  # what is measured so far
        _keep(partial, out)
        out.update(_questions(q, rng, lambda done: _keep(partial, {**out, **done})))
    finally:
        store.close()
        if server is not None:
            server.__exit__(None, None, None)
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    out["peak_rss_mb"] = round(peak / 1024)
    return out


def _open(backend: str, data: Path) -> tuple[Any, Any]:
    """The store of ``backend`` over ``data``, loaded from its snapshot now (timed by caller)."""
    from graph.store import open_store
    from graph.store.oxigraph import index_path
    from graph.store.server import oxigraph_binary, serve

    build = data / "build"
    if backend == "oxigraph":
        shutil.rmtree(build / "oxigraph", ignore_errors=True)
        index_path(build / "oxigraph").unlink(missing_ok=True)
    if backend != "sparql":
        return open_store(backend, data_dir=data), None
    folder = build / "server"
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run(
        [
            oxigraph_binary(),
            "load",
            "--lenient",
            "--location",
            str(folder),
            "--file",
            str(build / "kg.trig"),
        ],
        check=True,
        capture_output=True,
    )
    server = serve(folder)
    endpoint = server.__enter__()
    return open_store(f"sparql:{endpoint.split(';')[0]}"), server


def _keep(path: Path, figures: dict[str, Any]) -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    path.write_text(json.dumps({**figures, "peak_rss_mb": round(peak / 1024)}) + "\n")


def _questions(
    q: Any, rng: random.Random, keep: Callable[[dict[str, Any]], None]
) -> dict[str, Any]:
    actors = [a.id for a in q.actors()]
    first = date(2022, 1, 1)

    def who_said() -> None:
        lo = first + timedelta(days=rng.randrange(2 * 365))
        q.who_said(actor=rng.choice(actors), between=(lo, lo + timedelta(days=365)))

    who, who_cpu = _times(who_said, REPEAT)
    sample = [s for a in rng.sample(actors, min(20, len(actors))) for s in q.who_said(actor=a)]
    sample = sample or q.statements_page(limit=50).rows
    words = sorted({w.strip(".,") for s in sample for w in s.text.split() if len(w) >= 6})
    page, page_cpu = _times(lambda: q.statements_page(after=rng.choice(sample), limit=50), REPEAT)
    search, search_cpu = _times(lambda: q.search(rng.choice(words), limit=50), REPEAT)
    monthly, monthly_cpu = _times(lambda: q.monthly_counts(actor=rng.choice(actors)), REPEAT)
    figures = {
        "who_said_p50_ms": _ms(statistics.median(who)),
        "who_said_p90_ms": _ms(_p90(who)),
        "timeline_page_ms": _ms(statistics.median(page)),
        "search_p50_ms": _ms(statistics.median(search)),
        "monthly_counts_ms": _ms(statistics.median(monthly)),
        # the same in CPU time of this process
        "who_said_p50_cpu_ms": _ms(statistics.median(who_cpu)),
        "who_said_p90_cpu_ms": _ms(_p90(who_cpu)),
        "timeline_page_cpu_ms": _ms(statistics.median(page_cpu)),
        "search_p50_cpu_ms": _ms(statistics.median(search_cpu)),
        "monthly_counts_cpu_ms": _ms(statistics.median(monthly_cpu)),
    }
    keep(figures)  # the network comes last and may run past the budget
    started, cpu = time.perf_counter(), _cpu()
    _network(q)
    network = {"network_cpu_s": round(_cpu() - cpu, 2)}
    return {**figures, "network_s": round(time.perf_counter() - started, 2), **network}


def _network(q: Any) -> None:
    from graph.network import analyze, edge_graph

    # the store's aggregate (one row per source, target and polarity), then every measure
    analyze(edge_graph(q.stance_edges(), q.actors()))


def _times(run: Callable[[], object], n: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``n`` runs of ``run`` after a first one."""
    started = time.perf_counter()
    run()  # warm: the actor table, caches, the first page of the index
    if time.perf_counter() - started > 1.0:
        n = 3  # a question that scans the graph: three runs tell enough
    wall, cpu = [], []
    for _ in range(n):
        started, used = time.perf_counter(), _cpu()
        run()
        wall.append(time.perf_counter() - started)
        cpu.append(_cpu() - used)
    return wall, cpu


def _cpu() -> float:
    """CPU seconds of this process, every thread (the loader's and the index's)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _p90(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.9 * len(values)) - 1)]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


# ---------------------------------------------------------------------------------------------
# Printing


def _print_row(row: dict[str, Any]) -> None:
    figures = ", ".join(
        f"{k}={row.get(k)}" for k in ("triples", *FIGURES) if row.get(k) is not None
    )
    print(f"{row['size']} {row['backend']}: {figures or row.get('skipped')}", flush=True)
    cpu = ", ".join(f"{k}={v}" for k, v in row.items() if "cpu" in k and v is not None)
    if cpu:
        print(f"    CPU time: {cpu}", flush=True)


def _print_table(size: int, rows: list[dict[str, Any]]) -> None:
    base = next((r for r in rows if r["backend"] == "memory" and not r.get("skipped")), None)
    print(f"\n{size:,} statements (ratio: times better than rdflib memory at this size)")
    print("backend".ljust(16) + "".join(f.removesuffix("_ms").ljust(22) for f in FIGURES))
    for r in rows:
        cells = []
        for f in FIGURES:
            value = r.get(f)
            if value is None:
                cells.append("–".ljust(22))
                continue
            ratio = ""
            if base is not None and base.get(f) and value:
                x = value / base[f] if f in HIGHER_IS_BETTER else base[f] / value
                ratio = f" ({x:.1f}x)" if f != "peak_rss_mb" else f" ({value / base[f]:.2f})"
            cells.append(f"{value}{ratio}".ljust(22))
        print(r["backend"].ljust(16) + "".join(cells))
        if r.get("skipped"):
            print(f"    {r['skipped']}")
    print(flush=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
