"""How long each page of the app takes to render, on the seed graph and on a synthetic graph of
10,000 statements. Target: under 2 s per page.

A script, not a test: ``.venv/bin/python benchmarks/app_pages.py [--statements N] [--repeat R]``.
The measure is the time of one ``AppTest`` script run (the whole page, server side: queries,
network analysis, tables, charts; not the browser's drawing). Per page it prints the *first*
visit (after the app's background warm-up at first start has answered the unfiltered questions),
a *rerun* (as when a widget changes) and a *cold* run (every cached answer cleared, as right
after an article is added). Opening the store and the warm-up, once per server process, are
printed apart; the target applies to first visits and reruns.

The synthetic graph: N statements spread over articles of 100 statements each, by actors of the
registry, one in five with an event (criticize or praise) and a stance resting on it, dates over
two months (some inferred, some unknown). It is written with the pipeline's own functions
(``graph.rdf.extraction_to_graph``, ``graph.dataset.write_trig``) into a temporary data folder;
SHACL validation is skipped for speed (the records are checked by the model's own invariants).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from streamlit.testing.v1 import AppTest  # noqa: E402

from graph import dataset, rdf  # noqa: E402
from graph.model import (  # noqa: E402
    Actor,
    Article,
    Claim,
    DateValue,
    Event,
    Extraction,
    Quote,
    Stance,
)
from graph.registry import load_registry  # noqa: E402
from graph.store.memory import build_path  # noqa: E402

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
PER_ARTICLE = 100


def seed_folder(target: Path) -> Path:
    """A copy of the repository's data sources, built."""
    for name in ("actors.ttl",):
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "data" / name, target / name)
    for folder in ("articles", "annotations"):
        shutil.copytree(REPO / "data" / folder, target / folder)
    dataset.build(target)
    return target


def synthetic_folder(target: Path, statements: int, seed: int = 7) -> Path:
    """The seed data plus ``statements`` synthetic statements, written to build/kg.trig."""
    seed_folder(target)
    rng = random.Random(seed)
    registry = load_registry(target / "actors.ttl")
    ids = frozenset(a.id for a in registry)
    ds = dataset.assemble(target)
    claims = [Claim(f"synthetic-claim-{k}", f"Synthetic claim number {k}") for k in range(20)]
    made = 0
    article_no = 0
    while made < statements:
        count = min(PER_ARTICLE, statements - made)
        extraction = _article(f"synthetic-{article_no:04d}", count, registry, claims, rng)
        graph = rdf.extraction_to_graph(
            extraction, generated_at=datetime(2024, 9, 1, tzinfo=UTC), registry_ids=ids
        )
        rdf.add_graph(ds, graph)
        made += count
        article_no += 1
    dataset.write_trig(ds, build_path(target))
    return target


def _article(
    article_id: str, count: int, registry: list[Actor], claims: list[Claim], rng: random.Random
) -> Extraction:
    """``count`` statements, one line each: a quote and, every fifth, an event with two stances."""
    lines: list[str] = []
    found: list[tuple[int, Actor, Actor, Claim, str, str, int, int]] = []
    offset = 0
    for i in range(count):
        speaker = rng.choice(registry)
        other = rng.choice([a for a in registry if a.id != speaker.id])
        claim = rng.choice(claims)
        verdict = "true" if rng.random() < 0.5 else "false"
        kind = "criticize" if rng.random() < 0.7 else "praise"
        content = f"{claim.text} is {verdict}, point {i}"
        deed = f"{speaker.name} {'criticized' if kind == 'criticize' else 'praised'} {other.name}"
        line = f"{speaker.name} said: “{content}.” {deed}.\n"
        q_start = offset + line.index("“") + 1
        e_start = offset + line.index(deed)
        found.append((i, speaker, other, claim, content, kind, q_start, e_start))
        lines.append(line)
        offset += len(line)
    article = Article(article_id, "".join(lines), title=f"Synthetic {article_id}")
    quotes, events, stances = [], [], []
    start = date(2024, 7, 1)
    for i, speaker, other, claim, content, kind, q_start, e_start in found:
        roll = rng.random()
        if roll < 0.6:
            when = DateValue(start + timedelta(days=rng.randrange(60)), "stated")
        elif roll < 0.85:
            when = DateValue(start + timedelta(days=rng.randrange(60)), "inferred", note="bench")
        else:
            when = DateValue()
        quote = Quote(speaker.id, article.span(q_start, q_start + len(content)), "direct", when)
        quotes.append(quote)
        if i % 5:
            continue
        verb = "criticized" if kind == "criticize" else "praised"
        evidence = article.span(e_start, e_start + len(f"{speaker.name} {verb} {other.name}"))
        event = Event(kind, evidence, actors=(speaker.id,), targets=(other.id,), date=when)
        events.append(event)
        polarity = "oppose" if kind == "criticize" else "support"
        stances.append(
            Stance(speaker.id, other.id, "actor", polarity, evidence, when, basis=event.key)
        )
        polarity = "support" if content.endswith(f"true, point {i}") else "oppose"
        stances.append(
            Stance(speaker.id, claim.id, "claim", polarity, quote.span, when, basis=quote.key)
        )
    used = {q.speaker for q in quotes} | {a for e in events for a in e.participants}
    return Extraction(
        article,
        actors=tuple(a for a in registry if a.id in used),
        quotes=tuple(quotes),
        events=tuple(events),
        claims=tuple(claims),
        stances=tuple(stances),
    )


def measure(data: Path, repeat: int) -> tuple[float, float, dict[str, tuple[float, ...]]]:
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
    times: dict[str, list[list[float]]] = {label: [[], [], [], []] for label, _, _ in VIEWS}
    for _ in range(repeat):
        for label, page, params in VIEWS:
            at = _app(page, params)
            times[label][0].append(_timed(at))
            times[label][1].append(_timed(at))
    for _ in range(repeat):
        # The graph changed (as after "Add article"): pages keep the answers they have while
        # the next generation's are computed; a page opened now competes with that work.
        # Sessions already open (a server scans its components once, at start; every new
        # AppTest scans them again, which would be measured instead of the page).
        sessions = {label: _app(page, params) for label, page, params in VIEWS}
        for at in sessions.values():
            at.run()
        AppTest.from_function(_graph_changed, default_timeout=300).run()
        for label, at in sessions.items():
            times[label][2].append(_timed(at))
        _settled()
    for _ in range(repeat):
        for label, page, params in VIEWS:
            st.cache_data.clear()
            times[label][3].append(_timed(_app(page, params)))
    st.cache_data.clear()
    medians = {page: tuple(statistics.median(x) for x in runs) for page, runs in times.items()}
    return opening, warming, medians


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
        big = synthetic_folder(root / "big", args.statements)
        print(
            f"synthetic graph: {args.statements} statements written in "
            f"{time.perf_counter() - t:.1f} s ({build_path(big).stat().st_size / 1e6:.1f} MB TriG)"
        )
        ok = report("seed graph", *measure(seed, args.repeat))
        ok &= report(f"synthetic graph ({args.statements} statements)", *measure(big, args.repeat))
    print("\nall pages under the target" if ok else "\nsome pages miss the target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
