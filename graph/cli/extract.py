"""``extract``, ``ingest`` and ``eval``: articles in, facts out."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from graph.cli.output import progress
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
        description="Extract every article that has a gold file and print precision, recall and "
        "F1 for quote spans, speaker attribution and stances, and said_on accuracy, per article "
        "and in total, then the corpus-level stance network (actor-to-actor edges by sign). "
        "Give ARTICLES_DIR GOLD_DIR, or one or more corpus folders each holding articles/ and "
        "gold/ (e.g. ../shared/corpus/dev ../shared/corpus/dev2): several are reported side by "
        "side.",
    )
    p.add_argument("folders", nargs="+", type=Path, metavar="FOLDER")
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
        articles,
        extractor,
        data_dir=Path(args.data),
        store_spec=args.store,
        progress=progress,
        on_wait=lambda note: print(f"stancegraph: {note}", file=sys.stderr, flush=True),
    )
    for article_id, counts in done:
        print(f"ingested {article_id}: {counts}")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from graph.corpus import read_article
    from graph.evaluate import corpus_edges, gold_pairs, score_article, total

    corpora = _corpora(args.folders)
    loaded = [(name, gold_pairs(articles, gold, read_article)) for name, articles, gold in corpora]
    extractor = _extractor(args)
    report = []
    for name, pairs in loaded:
        results = list(extractor.many(a for a, _ in pairs))
        scores = [
            score_article(result, gold)
            for result, (_, gold) in progress(zip(results, pairs, strict=True), len(pairs), "eval")
        ]
        edges = corpus_edges(zip(results, (g for _, g in pairs), strict=True))
        report.append((name, [*scores, total(scores)], edges.score(), edges.errors()))
    if args.format == "json":
        out = [
            {"corpus": name, "articles": [_score_dict(s) for s in rows], "network": _one(net)}
            for name, rows, net, _ in report
        ]
        print(json.dumps(out if len(out) > 1 else out[0], indent=2))
        return 0
    for name, rows, network, edge_errors in report:
        _print_table(name, rows, network, edge_errors, errors=args.errors)
    if len(report) > 1:
        _print_side_by_side(report)
    return 0


def _corpora(folders: list[Path]) -> list[tuple[str, Path, Path]]:
    """(name, articles folder, gold folder) for each corpus named on the command line."""
    for folder in folders:
        if not folder.is_dir():
            raise ArticleError(f"{folder}: not a folder of articles")
    if len(folders) == 2 and not (folders[0] / "gold").is_dir():
        return [(folders[0].parent.name or str(folders[0]), folders[0], folders[1])]
    out = []
    for folder in folders:
        articles, gold = folder / "articles", folder / "gold"
        if not (articles.is_dir() and gold.is_dir()):
            raise ArticleError(
                f"{folder}: not a corpus folder (no articles/ and gold/ in it); "
                "give ARTICLES_DIR GOLD_DIR or corpus folders"
            )
        out.append((folder.name, articles, gold))
    return out


def _print_table(name: str, rows, network, edge_errors: list[str], *, errors: bool) -> None:  # type: ignore[no-untyped-def]
    head = (
        f"{'article':<44} {'quote P/R/F1':>17} {'speaker P/R/F1':>17} "
        f"{'stance P/R/F1':>17} {'+target P/R/F1':>17} {'said_on':>9}"
    )
    print(f"== {name}")
    print(head)
    print("-" * len(head))
    for s in rows:
        print(
            f"{s.article[:44]:<44} {_prf(s.quotes):>17} {_prf(s.attribution):>17} "
            f"{_prf(s.stances):>17} {_prf(s.targets):>17} "
            f"{s.dates_right:>3}/{s.dates_judged:<3}{'':>2}"
        )
        if errors:
            for err in s.errors:
                print(f"    - {err}")
    print(
        f"{'network edges (corpus)':<44} {_prf(network):>17}  "
        f"{network.true_positives} of {network.system} edges right, {network.gold} in gold"
    )
    for err in edge_errors if errors else []:
        print(f"    - {err}")


def _print_side_by_side(report) -> None:  # type: ignore[no-untyped-def]
    print()
    print(f"{'P/R/F1':<16}" + "".join(f"{name[:17]:>18}" for name, *_ in report))
    for label, pick in (
        ("quote span", lambda rows, net: rows[-1].quotes),
        ("attribution", lambda rows, net: rows[-1].attribution),
        ("stance", lambda rows, net: rows[-1].stances),
        ("stance+target", lambda rows, net: rows[-1].targets),
        ("network edges", lambda rows, net: net),
    ):
        print(
            f"{label:<16}" + "".join(f"{_prf(pick(rows, net)):>18}" for _, rows, net, _ in report)
        )


def _prf(score) -> str:  # type: ignore[no-untyped-def]
    return f"{score.precision:.2f}/{score.recall:.2f}/{score.f1:.2f}"


def _one(score) -> dict:  # type: ignore[no-untyped-def]
    return {
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
        "true_positives": score.true_positives,
        "system": score.system,
        "gold": score.gold,
    }


def _score_dict(s) -> dict:  # type: ignore[no-untyped-def]
    return {
        "article": s.article,
        "quotes": _one(s.quotes),
        "attribution": _one(s.attribution),
        "stances": _one(s.stances),
        "stance_targets": _one(s.targets),
        "said_on_accuracy": round(s.said_on_accuracy, 4),
        "said_on_judged": s.dates_judged,
    }
