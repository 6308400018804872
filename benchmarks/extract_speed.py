"""Extraction speed: articles per second after the model has loaded, against a baseline.

Usage: python benchmarks/extract_speed.py [ARTICLES_DIR] [--repeat N]

The baseline, measured in the same run on the same texts, is the language model alone
(tokenise, tag, parse, NER: ``nlp.pipe``), the floor any parser-based extractor pays. Target:
>= 10 articles of 500 words per second on one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core, as the target says

from tqdm import tqdm

from graph.corpus import read_article
from graph.extract import Extractor
from graph.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "articles", nargs="?", type=Path, default=ROOT.parent / "shared/corpus/dev/articles"
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = sorted(args.articles.glob("*.txt")) or sorted((ROOT / "data/articles").glob("*.txt"))
    articles = [read_article(p) for p in paths]
    words = sum(len(a.text.split()) for a in articles)
    t0 = time.perf_counter()
    extractor = Extractor(load_registry(ROOT / "data/actors.ttl"))
    extractor(articles[0])  # warm up
    load_s = time.perf_counter() - t0
    nlp = extractor.pipeline.nlp

    def timed(fn) -> float:  # type: ignore[no-untyped-def]
        best = float("inf")
        for _ in tqdm(
            range(args.repeat), desc=fn.__name__, file=sys.stderr, disable=not sys.stderr.isatty()
        ):
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
        return best

    def model_only() -> None:
        for _ in nlp.pipe(a.text for a in articles):
            pass

    def extraction() -> None:
        for _ in extractor.many(articles):
            pass

    base = timed(model_only)
    full = timed(extraction)
    per_500 = words / (len(articles) * 500)  # a 500-word article costs this many of ours
    print(f"articles: {len(articles)} ({words} words, {words / len(articles):.0f} per article)")
    print(f"model load + first article: {load_s:.2f} s")
    print(f"baseline (spaCy pipeline only): {len(articles) / base:8.1f} articles/s")
    print(f"stancegraph extraction:         {len(articles) / full:8.1f} articles/s")
    rate_500 = len(articles) / full * per_500
    print(f"  normalised to 500-word articles: {rate_500:.1f} articles/s (target >= 10)")
    print(f"ratio extraction / baseline time: {full / base:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
