"""``extract``, ``ingest`` and ``eval``: articles in, facts out."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from graph.cli.output import progress
from graph.corpus import read_article
from graph.errors import ArticleError, InputError

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "extract",
        help="extract actors, quotes, events and stances from article files",
        description="Read each article (UTF-8 text, metadata from FILE.json when present; a "
        "saved .html page; or an http(s) address) and print what was found. The language model "
        "loads once for all files.",
    )
    p.add_argument("files", nargs="+", metavar="FILE|URL")
    p.add_argument("--format", choices=("json", "jsonl", "turtle"), default="json")
    p.set_defaults(func=_extract)

    p = subparsers.add_parser(
        "ingest",
        help="extract articles and add each to the graph as its own named graph",
        description="Extract each article (a .txt file, a saved .html page or an http(s) "
        "address) and add it to the store (method automatic). An article already stored (the "
        "same address, or the same text under another) is skipped; a changed text under the "
        "same address or file name replaces the stored version. The article is also copied "
        "into DATA/articles so that `stancegraph build` keeps it.",
    )
    p.add_argument("files", nargs="+", metavar="FILE|URL")
    p.set_defaults(func=_ingest)

    p = subparsers.add_parser(
        "eval",
        help="score extraction against gold annotations",
        description="Extract every article of ARTICLES_DIR that has a gold file in GOLD_DIR and "
        "print precision, recall and F1 for quote spans, speaker attribution and stances, and "
        "said_on accuracy, per article and in total.",
    )
    p.add_argument("articles_dir", type=Path)
    p.add_argument("gold_dir", type=Path)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--errors", action="store_true", help="list every mismatch under its article")
    p.set_defaults(func=_eval)


def _extractor(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from graph.extract import Extractor
    from graph.registry import load_registry

    registry_path = Path(args.data) / "actors.ttl"
    registry = load_registry(registry_path) if registry_path.exists() else ()
    extractor = Extractor(registry)
    for notice in extractor.notices:
        print(f"stancegraph: note: {notice}", file=sys.stderr)
    return extractor


def _extract(args: argparse.Namespace) -> int:
    from graph.extract.contract import to_contract
    from graph.web import read_source

    articles = [read_source(f) for f in args.files]  # all readable before any work
    extractor = _extractor(args)
    if args.format == "json" and len(articles) > 1:
        raise InputError("--format json prints one article; use --format jsonl for several")
    for result in progress(extractor.many(articles), len(articles), "extract"):
        if args.format == "turtle":
            from datetime import UTC, datetime

            from graph import rdf

            graph = rdf.extraction_to_graph(result, generated_at=datetime.now(UTC))
            sys.stdout.write(graph.serialize(format="turtle"))
        elif args.format == "jsonl":
            print(json.dumps(to_contract(result), ensure_ascii=False))
        else:
            print(json.dumps(to_contract(result), ensure_ascii=False, indent=2))
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from graph.identity import ArticleIndex
    from graph.ingest import ingest_articles
    from graph.web import read_source

    verdicts = ArticleIndex.load(args.data).sort([read_source(f) for f in args.files])
    for verdict in verdicts:
        if not verdict.wanted:
            print(verdict.reason)
    articles = [v.article for v in verdicts if v.wanted]
    if not articles:
        return 0
    extractor = _extractor(args)
    done = ingest_articles(
        articles, extractor, data_dir=Path(args.data), store_spec=args.store, progress=progress
    )
    for article_id, counts in done:
        print(f"ingested {article_id}: {counts}")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from graph.evaluate import score_article, total

    if not args.articles_dir.is_dir():
        raise ArticleError(f"{args.articles_dir}: not a folder of articles")
    if not args.gold_dir.is_dir():
        raise ArticleError(f"{args.gold_dir}: not a folder of gold annotations")
    pairs = []
    for gold_path in sorted(args.gold_dir.glob("*.json")):
        article_path = args.articles_dir / (gold_path.stem + ".txt")
        if not article_path.exists():
            raise ArticleError(f"{gold_path}: no article {article_path} to score it against")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ArticleError(f"{gold_path}: unreadable gold file ({exc})") from None
        pairs.append((read_article(article_path), gold))
    if not pairs:
        raise ArticleError(f"{args.gold_dir}: no gold *.json files")
    extractor = _extractor(args)
    results = extractor.many(a for a, _ in pairs)
    scores = [
        score_article(result, gold)
        for result, (_, gold) in progress(zip(results, pairs, strict=True), len(pairs), "eval")
    ]
    rows = [*scores, total(scores)]
    if args.format == "json":
        print(json.dumps([_score_dict(s) for s in rows], indent=2))
        return 0
    head = (
        f"{'article':<44} {'quote P/R/F1':>17} {'speaker P/R/F1':>17} "
        f"{'stance P/R/F1':>17} {'said_on':>9}"
    )
    print(head)
    print("-" * len(head))
    for s in rows:
        print(
            f"{s.article[:44]:<44} {_prf(s.quotes):>17} {_prf(s.attribution):>17} "
            f"{_prf(s.stances):>17} {s.dates_right:>3}/{s.dates_judged:<3}{'':>2}"
        )
        if args.errors:
            for err in s.errors:
                print(f"    - {err}")
    return 0


def _prf(score) -> str:  # type: ignore[no-untyped-def]
    return f"{score.precision:.2f}/{score.recall:.2f}/{score.f1:.2f}"


def _score_dict(s) -> dict:  # type: ignore[no-untyped-def]
    def one(score):  # type: ignore[no-untyped-def]
        return {
            "precision": round(score.precision, 4),
            "recall": round(score.recall, 4),
            "f1": round(score.f1, 4),
            "true_positives": score.true_positives,
            "system": score.system,
            "gold": score.gold,
        }

    return {
        "article": s.article,
        "quotes": one(s.quotes),
        "attribution": one(s.attribution),
        "stances": one(s.stances),
        "said_on_accuracy": round(s.said_on_accuracy, 4),
        "said_on_judged": s.dates_judged,
    }
