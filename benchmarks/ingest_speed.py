"""Ingesting one article into a large store: seconds beyond extraction, against a small store.

Usage: python benchmarks/ingest_speed.py [--statements 100000] [--seed 0] [--work DIR]
           [--store oxigraph] [--repeat 3]

Writes a synthetic corpus of N statements (``stancegraph synth``, kept in ``--work`` for the next
run) and opens the store over it (its load is timed but not counted). Then, in one run:
- extraction: one made-up news story (the templates of ``follow_speed.py``) extracted with the
  model loaded: what any ingest of it costs before the store is asked anything;
- baseline: ingesting that extraction into the store of the repository's small data folder;
- at scale: ingesting it into the store of N statements (target: under 3 s, issue 15);
- worst case: an article quoting the five speakers with the most statements, each with an
  edited copy of one of their stored statements (so each is matched to its earlier report:
  the utterance lookup is asked about the busiest speakers of the corpus).
Each ingest is a new article (its own id), repeated ``--repeat`` times; the first ingest of the
process also parses the SHACL shapes' queries once, so it is printed apart from the median.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _corpus(work: Path, size: int, seed: int) -> Path:
    from graph.synth import synthesize

    data = work / f"synth-{size}-{seed}"
    marker = data / "build" / "synth.json"
    if not marker.exists():
        shutil.rmtree(data, ignore_errors=True)
        report = synthesize(data, statements=size, seed=seed)
        marker.write_text(json.dumps({"triples": report.triples}), encoding="utf-8")
        print(f"synth {size}: {report.triples} triples in {report.seconds:.1f} s")
    return data


def _timed_ingest(extraction: Any, data: Path, store: Any, registry_ids: frozenset[str]) -> float:
    from graph.ingest import ingest_extractions

    t0 = time.perf_counter()
    ingest_extractions([extraction], data_dir=data, registry_ids=registry_ids, store=store)
    return time.perf_counter() - t0


def _renamed(extraction: Any, article_id: str) -> Any:
    return dataclasses.replace(
        extraction, article=dataclasses.replace(extraction.article, id=article_id)
    )


def _busiest_quotes(store: Any, registry: list[Any], count: int) -> Any:
    """An article in which the ``count`` speakers with most statements say again (one word
    changed) a statement of theirs already stored."""
    from rdflib import URIRef

    from graph import rdf
    from graph.model import Article, Extraction, Quote

    totals: Counter[str] = Counter()
    for speaker, _, n in store.text_index.monthly_counts():
        totals[speaker] += n
    by_iri = {str(rdf.actor_iri(a.id)): a for a in registry}
    lines, said = [], []
    for iri, _ in totals.most_common(count):
        first = store.text_index.page(limit=1, speakers=[iri])[0]
        [row] = store.query("reports", {"statement": URIRef(first)})
        words = str(row["content"]).split()
        words[len(words) // 2] = "indeed"  # the small change an outlet makes
        said.append((by_iri[iri], " ".join(words)))
        lines.append(f"{by_iri[iri].name} said: “{' '.join(words)}.”")
    article = Article("busiest", "\n".join(lines) + "\n", outlet="Bench Wire")
    actors, quotes, at = [], [], 0
    for (actor, words), line in zip(said, lines, strict=True):
        mention = article.span(at, at + len(actor.name))
        actors.append(dataclasses.replace(actor, mentions=(mention,)))
        start = at + line.index(words)
        quotes.append(Quote(actor.id, article.span(start, start + len(words)), "direct"))
        at += len(line) + 1
    merged = {a.id: a for a in actors}
    return Extraction(article, tuple(merged.values()), tuple(quotes)), len(quotes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", default="/tmp/stancegraph-ingest", help="corpora and stores")
    parser.add_argument("--store", default="oxigraph", help="a store with a text index")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from follow_speed import story

    from graph.extract import Extractor
    from graph.model import Article
    from graph.registry import load_registry
    from graph.store import open_store

    big = _corpus(Path(args.work), args.statements, args.seed)
    small = Path(tempfile.mkdtemp(prefix="ingest-bench-")) / "data"
    shutil.copytree(ROOT / "data", small, ignore=shutil.ignore_patterns("build"))
    subprocess.run(
        [sys.executable, "-m", "graph", "--data", str(small), "--store", args.store, "build"],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    t0 = time.perf_counter()
    store = open_store(args.store, data_dir=big, create=True)
    load_s = time.perf_counter() - t0
    base = open_store(args.store, data_dir=small)
    try:
        big_registry = load_registry(big / "actors.ttl")
        big_ids = frozenset(a.id for a in big_registry)
        small_ids = frozenset(a.id for a in load_registry(small / "actors.ttl"))
        extractor = Extractor(load_registry(small / "actors.ttl"))
        extractor(Article("warm", "Nobody said anything."))
        title, paragraphs = story(random.Random(args.seed), 1)
        text = Article("story", "\n\n".join(paragraphs), title=title)
        t0 = time.perf_counter()
        extracted = extractor(text)
        extraction_s = time.perf_counter() - t0
        stamp = int(time.time())
        first = _timed_ingest(_renamed(extracted, f"first-{stamp}"), small, base, small_ids)
        baseline, scale, worst = [], [], []
        busiest, quotes = _busiest_quotes(store, big_registry, 5)
        for i in range(args.repeat):
            mine = _renamed(extracted, f"probe-{stamp}-{i}")
            baseline.append(_timed_ingest(mine, small, base, small_ids))
            scale.append(_timed_ingest(mine, big, store, big_ids))
            worst.append(_timed_ingest(_renamed(busiest, f"busy-{stamp}-{i}"), big, store, big_ids))
        triples = len(store)
    finally:
        store.close()
        base.close()
        shutil.rmtree(small.parent, ignore_errors=True)
    b, s, w = (statistics.median(x) for x in (baseline, scale, worst))
    print(f"store {args.store}: {args.statements:,} statements, {triples:,} triples")
    print(f"store open (load)                 {load_s:7.2f} s (not counted)")
    print(
        f"extraction of one story           {extraction_s:7.2f} s ({len(extracted.quotes)} quotes)"
    )
    print(f"first ingest in the process       {first:7.2f} s (SHACL queries parsed once)")
    print(
        f"baseline: ingest, small store     {b:7.2f} s beyond extraction (median of {len(baseline)})"
    )
    print(
        f"ingest one article, {args.statements:,} store {s:7.2f} s beyond extraction  ({s / b:.2f}x baseline; target < 3 s)"
    )
    print(f"  busiest 5 speakers, {quotes} copies {w:7.2f} s  ({w / b:.2f}x baseline)")
    return 0 if s < 3 else 1


if __name__ == "__main__":
    sys.exit(main())
