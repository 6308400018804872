"""The query commands: who-said, timeline, stances, actor, claims, search and read-only sparql.

Each prints ``--format table`` (default), ``json`` or ``csv``. JSON keys are a contract: who-said
rows have speaker, text, kind, said_on, date_certainty, article, start, end, and reports (how
many articles report the same utterance), outlets (theirs, a list) and first_reported; timeline
rows have date, kind, type, actors, text, article, sorted by date with undated rows last.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph import settings
from graph.cli.build import one_line_errors, open_from_args
from graph.cli.output import as_dicts, render
from graph.dates import parse_iso_date
from graph.errors import InputError
from graph.serialize import dumps, plain

if TYPE_CHECKING:  # the query layer (rdflib) loads when a command runs, not for --help
    from graph.queries import Between, Queries

__all__ = ["register"]

FORMATS = ("table", "json", "csv")

_TABLE_COLUMNS = {
    "who-said": ("said_on", "speaker", "kind", "text", "article", "start", "reports"),
    "search": ("said_on", "speaker", "kind", "text", "article", "start", "reports"),
    "timeline": ("date", "kind", "type", "actors", "text", "article"),
    "stances": ("date", "source", "polarity", "target", "evidence", "article"),
    "claims": ("id", "text", "asserted_by", "disputed_by"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = _command(subparsers, "who-said", "statements: who said what, when", _who_said)
    p.add_argument("--actor", help="the speaker (name, alias or surname; accents optional)")
    p.add_argument("--about", help="an actor, a claim, or words the statement contains")
    p.add_argument("--kind", help="direct or indirect")
    p.add_argument(
        "--reports",
        action="store_true",
        help="list every article's report of a statement, not each statement once",
    )
    _page_arguments(p)

    p = _command(subparsers, "timeline", "statements and events in date order", _timeline)
    p.add_argument("--actor", action="append", help="an actor taking part (repeatable)")
    p.add_argument("--type", action="append", help="an event type or 'statement' (repeatable)")

    p = _command(subparsers, "stances", "who supports or opposes whom or which claim", _stances)
    p.add_argument("--actor", help="the actor taking the stance")
    p.add_argument("--target", help="the actor or claim the stance is on")
    p.add_argument("--as-of", help="the latest stances dated on or before this day (YYYY-MM-DD)")

    p = _command(subparsers, "actor", "an actor's profile", _actor)
    p.add_argument("name", help="a name, alias or surname")

    p = _command(subparsers, "claims", "claims and who asserts or disputes them", _claims)
    p.add_argument("--contested", action="store_true", help="only claims with both sides")

    p = _command(subparsers, "search", "statements containing some words", _search)
    p.add_argument("text", help="words to look for (case and accents ignored)")
    _page_arguments(p)

    p = subparsers.add_parser(
        "sparql",
        help="run a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE)",
        description="Run a read-only SPARQL query over the union of the store's graphs. "
        "Updates, SERVICE and FROM are refused; rows and time are limited.",
    )
    p.add_argument("query", help="the query text, or @FILE to read it from a file")
    p.add_argument("--format", default="table", help="table, json or csv")
    p.add_argument("--limit", help="most rows (default: setting sparql_row_limit)")
    p.add_argument("--timeout", help="seconds before giving up (default: sparql_timeout)")
    p.set_defaults(func=_sparql)
    one_line_errors(p)


def _command(
    subparsers: argparse._SubParsersAction,
    name: str,
    summary: str,
    func: Callable[[argparse.Namespace], int],
) -> argparse.ArgumentParser:
    p = subparsers.add_parser(name, help=summary, description=summary[0].upper() + summary[1:])
    p.add_argument("--from", dest="date_from", metavar="DATE", help="from this day (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="to this day, inclusive")
    p.add_argument("--format", default="table", help="table (default), json or csv")
    p.set_defaults(func=func)
    one_line_errors(p)
    return p


DEFAULT_LIMIT = 50
"""Rows a listing shows unless told otherwise (``--limit N``, ``--all``)."""


def _page_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", metavar="N", help=f"show the first N rows (default {DEFAULT_LIMIT})")
    p.add_argument("--all", action="store_true", help="show every row, however many")


def _limit(args: argparse.Namespace) -> int | None:
    """The rows to show: None for ``--all``."""
    if args.all:
        if args.limit is not None:
            raise InputError("give --limit or --all, not both")
        return None
    return int(_positive(args.limit, "--limit", int, DEFAULT_LIMIT))


def _more_note(shown: int, total: int | None) -> None:
    """One line on stderr when rows were left out (stdout stays the rows, in any format)."""
    of = f" of {total} matching statements (every report counted)" if total else ""
    print(
        f"stancegraph: showing the first {shown} rows{of}; more follow: use --limit N or --all",
        file=sys.stderr,
    )


def _between(args: argparse.Namespace) -> Between | None:
    lo = parse_iso_date(args.date_from.strip(), "--from") if args.date_from else None
    hi = parse_iso_date(args.date_to.strip(), "--to") if args.date_to else None
    return None if lo is None and hi is None else (lo, hi)


def _format(args: argparse.Namespace) -> str:
    if args.format not in FORMATS:
        raise InputError(f"--format {args.format!r} is not one of {', '.join(FORMATS)}")
    return args.format


def _run(args: argparse.Namespace, ask: Callable[[Queries], Any]) -> Any:
    from graph.queries import Queries

    fmt = _format(args)  # a bad format is reported before the store is opened
    store = open_from_args(args)
    try:
        return fmt, ask(Queries(store))
    finally:
        store.close()


def _emit(rows: Sequence[dict[str, Any]], fmt: str, command: str) -> int:
    columns = _TABLE_COLUMNS.get(command) if fmt == "table" else None
    print(render(rows, fmt, columns))
    return 0


def _who_said(args: argparse.Namespace) -> int:
    between, limit = _between(args), _limit(args)

    def ask(q: Queries) -> Any:
        if limit is None:
            return q.who_said(
                args.actor, args.about, between=between, kind=args.kind, every_report=args.reports
            )
        return q.who_said_page(
            args.actor,
            between,
            args.kind,
            about=args.about,
            every_report=args.reports,
            limit=limit,
        )

    fmt, answer = _run(args, ask)
    rows = answer if limit is None else list(answer.rows)
    code = _emit(as_dicts(rows), fmt, "who-said")
    if limit is not None and answer.more:
        _more_note(len(rows), answer.total)
    return code


def _search(args: argparse.Namespace) -> int:
    between, limit = _between(args), _limit(args)
    wanted = None if limit is None else limit + 1
    fmt, rows = _run(args, lambda q: q.search(args.text, between=between, limit=wanted))
    code = _emit(as_dicts(rows[:limit]), fmt, "search")
    if limit is not None and len(rows) > limit:
        _more_note(limit, None)
    return code


def _timeline(args: argparse.Namespace) -> int:
    between = _between(args)
    fmt, rows = _run(args, lambda q: q.timeline(args.actor, between=between, types=args.type))
    return _emit(as_dicts(rows), fmt, "timeline")


def _stances(args: argparse.Namespace) -> int:
    between = _between(args)
    as_of = parse_iso_date(args.as_of.strip(), "--as-of") if args.as_of else None
    fmt, rows = _run(
        args, lambda q: q.stances(args.actor, args.target, as_of=as_of, between=between)
    )
    return _emit(as_dicts(rows), fmt, "stances")


def _actor(args: argparse.Namespace) -> int:
    between = _between(args)
    fmt, profile = _run(args, lambda q: q.actor(args.name, between=between))
    record = plain(profile)
    for side in ("supports", "opposes"):  # the terminal shows names; ids are for the app's links
        record[side] = [ref["name"] for ref in record[side]]
    if fmt == "json":
        print(dumps(record))
    elif fmt == "csv":
        print(render([record], "csv"))
    else:
        print(render([{"field": k, "value": v} for k, v in record.items()], "table"))
    return 0


def _claims(args: argparse.Namespace) -> int:
    between = _between(args)
    fmt, claims = _run(args, lambda q: q.claims(args.contested, between=between))
    if fmt == "json":
        print(dumps([{**plain(c), "contested": c.contested} for c in claims]))
        return 0
    flat = [
        {
            "id": c.id,
            "text": c.text,
            "contested": c.contested,
            "asserted_by": _unique(p.actor for p in c.asserted_by),
            "disputed_by": _unique(p.actor for p in c.disputed_by),
        }
        for c in claims
    ]
    return _emit(flat, fmt, "claims")


def _unique(names: Any) -> list[str]:
    return list(dict.fromkeys(names))


def _sparql(args: argparse.Namespace) -> int:
    fmt = _format(args)
    text = _query_text(args.query)
    limit = _positive(args.limit, "--limit", int, settings.value("sparql_row_limit"))
    timeout = _positive(args.timeout, "--timeout", float, settings.value("sparql_timeout"))
    from graph.queries import run_sparql

    store = open_from_args(args)
    try:
        answer = run_sparql(store, text, limit=int(limit), timeout=float(timeout))
    finally:
        store.close()
    print(render([dict(r) for r in answer.rows], fmt, answer.columns))
    if answer.truncated:
        note = f"stancegraph: showing the first {limit} rows; raise --limit for more"
        print(note, file=sys.stderr)
    return 0


def _query_text(arg: str) -> str:
    if not arg.startswith("@"):
        return arg
    path = Path(arg[1:])
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise InputError(f"cannot read the query file {path}: {reason}") from None


def _positive(raw: str | None, flag: str, kind: type, default: Any) -> int | float:
    if raw is None:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise InputError(f"{flag} {raw!r} is not a {kind.__name__}") from None
    if value <= 0:
        raise InputError(f"{flag} {raw!r} must be more than 0")
    return value
