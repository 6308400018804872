"""``stancegraph follow``: ingest the new entries of RSS/Atom feeds (or an OPML list of them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph.cli.output import progress
from graph.errors import InputError

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "follow",
        help="ingest the entries of RSS/Atom feeds not seen before",
        description="Read each FEED (an http(s) address or a file; an OPML file stands for the "
        "feeds it lists), fetch the page of every entry not seen before and ingest its article, "
        "unless the data folder already holds it (the same address, or the same text under "
        "another). Entries taken are remembered in DATA/feeds/seen.json, so running it again, "
        "or from cron, only adds new articles. An entry that fails is one line on stderr and is "
        "tried again next run.",
    )
    p.add_argument("feeds", nargs="+", metavar="FEED")
    p.add_argument(
        "--since", metavar="DATE", help="skip entries the feed dates before DATE (YYYY-MM-DD)"
    )
    p.add_argument(
        "--limit", type=int, metavar="N", help="read at most N new entries; the rest wait"
    )
    p.set_defaults(func=_follow)


def _follow(args: argparse.Namespace) -> int:
    from graph.dates import parse_iso_date
    from graph.follow import follow

    since = parse_iso_date(args.since, "--since") if args.since else None
    if args.limit is not None and args.limit < 1:
        raise InputError(f"--limit {args.limit} must be at least 1")

    def extractor():  # type: ignore[no-untyped-def]
        from graph.cli.extract import _extractor

        return _extractor(args)

    report = follow(
        args.feeds,
        data_dir=Path(args.data),
        extractor=extractor,
        store_spec=args.store,
        since=since,
        limit=args.limit,
        progress=progress,
    )
    for article_id, counts in report.added:
        print(f"ingested {article_id}: {counts}")
    for line in report.skipped:
        print(f"skipped {line}")
    for line in report.failed:
        print(f"stancegraph: failed: {line}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    everything_failed = report.failed and not (report.feeds or report.added or report.skipped)
    return 1 if everything_failed else 0
