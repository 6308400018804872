"""`stancegraph follow` on a feed of N local entries, against extraction alone on the same texts.

Usage: python benchmarks/follow_speed.py [--entries 200] [--seed 0]

Writes N generated news pages and an RSS feed listing them, serves them from 127.0.0.1, and
measures in the same run:
- extraction: extracting the N articles (model loaded, ``Extractor.many``), the floor for any
  run that ingests them;
- baseline: ``ingest`` of the same N texts from files into a fresh data folder (extraction,
  reconciliation, SHACL validation, store), what the articles cost without any feed;
- first run: ``follow`` on the feed into another fresh data folder (feed, fetch, page reading,
  identity, extraction, then one batch validated and stored); its ratio to extraction alone
  of the same entries is the target (issue 14: about 1, "runs at the extraction speed"),
  printed in wall-clock time and in CPU time of this process (which a loaded machine does not
  inflate; it includes the local web server's thread answering the page requests);
- second run: ``stancegraph follow`` as a new process (start-up included), which must add
  nothing in under 2 s; a third run in this process shows what is not interpreter start-up.
CPU seconds are this process's and its workers' (``os.times``, children included), beside
wall-clock seconds; the load average is printed at the start and the end. ``--workers N``
sets follow's extraction workers (default: follow's own choice); ``--compare`` also runs
follow with extraction in process (``--workers 0``), the path before the worker, in the same
run into another fresh data folder.
The texts are generated here from templates (no corpus text), so sizes are like a short news
story: five paragraphs, two quotations, about 150 words.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]

FIRST = ("Mara", "Jonas", "Petra", "Tomas", "Ilse", "Oskar", "Lena", "Arvid", "Nora", "Emil")
LAST = ("Lindqvist", "Berg", "Holm", "Reed", "Varga", "Dahl", "Sandell", "Kross", "Vale", "Strand")
PLACES = ("Saltmere", "Port Elin", "Vell", "Kessa", "Norby", "Halden", "Ostra", "Brenn")
BODIES = ("the harbour authority", "the regional council", "the teachers' union",
          "the farmers' association", "the transport ministry", "the city assembly")  # fmt: skip
TOPICS = ("a new water levy", "the closure of the ferry line", "a pay offer",
          "the budget for schools", "a plan to expand the airport", "new rules for rents")  # fmt: skip
VERBS = ("said", "told reporters", "said in a statement", "wrote on social media")


def story(rng: random.Random, i: int) -> tuple[str, list[str]]:
    """A title and five paragraphs of a made-up local news story."""
    a = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    b = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    place, body, topic = rng.choice(PLACES), rng.choice(BODIES), rng.choice(TOPICS)
    day = rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"))
    title = f"{place}: {body} and {topic} ({i})"
    paragraphs = [
        f"Officials in {place} on {day} faced growing criticism over {topic}, as {body} met "
        f"for the {i}th time this year to discuss the matter with residents and businesses.",
        f"“We cannot accept {topic} in its present form,” {a} {rng.choice(VERBS)}. "
        f"“People here deserve to be heard before anything is decided.”",
        f"{b}, who speaks for {body}, rejected the criticism and said the decision had been "
        f"prepared for months and would be good for {place} in the long run.",
        f"“Nobody was surprised by this,” {b} said. “We published every document and invited "
        f"everyone to comment, and we will keep doing so.”",
        f"Opposition members urged the council to postpone the vote until an independent review "
        f"of {topic} has been published, a demand {a} supported on {day} evening.",
    ]
    return title, paragraphs


def page(title: str, paragraphs: list[str], i: int) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:site_name" content="Bench Gazette">'
        f'<meta property="article:published_time" content="2024-05-{1 + i % 28:02d}T09:00:00Z">'
        f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>Bench Gazette, all rights reserved</footer></body></html>"
    ).encode()


def serve(routes: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            data = routes.get(self.path)
            self.send_response(200 if data is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data or b"")))
            self.end_headers()
            self.wfile.write(data or b"")

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def cpu() -> float:
    """CPU seconds of this process and of its children that have ended (follow's workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--store", help="the store to ingest into (default: the setting)")
    parser.add_argument("--workers", type=int, help="follow's extraction workers")
    parser.add_argument("--compare", action="store_true", help="also follow with no worker")
    args = parser.parse_args()
    print(f"load average at start     {load()}", flush=True)

    from graph import settings
    from graph.extract import Extractor
    from graph.follow import follow
    from graph.ingest import ingest_articles
    from graph.model import Article
    from graph.registry import load_registry

    spec = args.store or str(settings.value("store"))
    rng = random.Random(args.seed)
    stories = [story(rng, i) for i in range(args.entries)]
    routes = {f"/news/{i}": page(t, ps, i) for i, (t, ps) in enumerate(stories)}
    server, base = serve(routes)
    items = "".join(
        f"<item><title>{t}</title><link>{base}/news/{i}</link><guid>{base}/news/{i}</guid></item>"
        for i, (t, _) in enumerate(stories)
    )
    routes["/feed.xml"] = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}'
        "</channel></rss>"
    ).encode()
    feed = f"{base}/feed.xml"
    work = Path(tempfile.mkdtemp(prefix="follow-bench-"))
    try:
        data, plain, here = work / "data", work / "plain", work / "here"
        for folder in (data, plain, here) if args.compare else (data, plain):
            shutil.copytree(ROOT / "data", folder, ignore=shutil.ignore_patterns("build"))
            subprocess.run(
                [sys.executable, "-m", "graph", "--data", str(folder), "build"],
                check=True,
                cwd=ROOT,
                capture_output=True,
            )
        t0 = time.perf_counter()
        extractor = Extractor(load_registry(data / "actors.ttl"))
        extractor(Article("warm", "Nobody said anything."))
        load_s = time.perf_counter() - t0
        texts = [Article(f"a{i}", "\n\n".join(ps)) for i, (_, ps) in enumerate(stories)]
        t0, c0 = time.perf_counter(), cpu()
        for _ in extractor.many(texts):
            pass
        extraction, extraction_cpu = time.perf_counter() - t0, cpu() - c0
        t0 = time.perf_counter()
        ingest_articles(texts, extractor, data_dir=plain, store_spec=spec)
        baseline = time.perf_counter() - t0

        def run(folder: Path, workers: int | None) -> tuple[object, float, float]:
            t0, c0 = time.perf_counter(), cpu()
            done = follow(
                [feed],
                data_dir=folder,
                extractor=lambda: extractor,
                store_spec=spec,
                workers=workers,
            )
            return done, time.perf_counter() - t0, cpu() - c0

        if args.compare:
            in_process = run(here, 0)
        report, first, first_cpu = run(data, args.workers)
        t0 = time.perf_counter()
        again = subprocess.run(
            [sys.executable, "-m", "graph", "--data", str(data), "--store", spec, "follow", feed],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        second = time.perf_counter() - t0
        t0 = time.perf_counter()
        third = follow([feed], data_dir=data, extractor=lambda: extractor, store_spec=spec)
        third_s = time.perf_counter() - t0
    finally:
        server.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    n = args.entries
    print(f"entries                   {n} (store {spec})")
    print(f"model load                {load_s:6.2f} s (not counted below)")
    print(f"extraction alone          {extraction:6.2f} s  {extraction_cpu:6.2f} CPU-s")
    print(f"baseline: ingest of files {baseline:6.2f} s  ({n / baseline:5.1f} articles/s)")
    if args.compare:
        _, here_s, here_cpu = in_process
        print(f"follow, extraction here   {here_s:6.2f} s  {here_cpu:6.2f} CPU-s  "
              f"ratio {here_s / extraction:.2f}x wall, {here_cpu / extraction_cpu:.2f}x CPU")  # fmt: skip
    print(f"first follow run          {first:6.2f} s  {first_cpu:6.2f} CPU-s  "
          f"(workers: {'auto' if args.workers is None else args.workers})")  # fmt: skip
    print(f"  ratio to extraction     {first / extraction:6.2f}x wall, "
          f"{first_cpu / extraction_cpu:.2f}x CPU  (target: about 1)")  # fmt: skip
    print(f"  ratio to baseline       {first / baseline:6.2f}x")
    print(f"  added / failed          {len(report.added)} / {len(report.failed)}")
    print(f"second run (new process)  {second:6.2f} s  (target < 2 s)")
    print(f"  says                    {(again.stderr.strip().splitlines() or [''])[-1]}")
    print(f"third run (in process)    {third_s:6.2f} s  ({len(third.added)} added)")
    print(f"load average at the end   {load()}")
    good = len(report.added) == n and "0 new" in again.stderr and second < 2
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
