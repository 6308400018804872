"""``stancegraph network``: the signed stance network, its camps and metrics, or a Gephi file."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph.cli.output import render
from graph.dates import parse_iso_date
from graph.errors import InputError, UnknownActor
from graph.serialize import dumps, plain

if TYPE_CHECKING:  # networkx and the query layer load when a command runs, not for --help
    from graph.network import NetworkReport
    from graph.queries import Queries

__all__ = ["register", "run"]

_COLUMNS = (
    "id",
    "name",
    "type",
    "coalition",
    "support_in",
    "support_out",
    "oppose_in",
    "oppose_out",
    "pagerank_support",
    "pagerank_oppose",
    "betweenness",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "network",
        help="the signed stance network: camps, frustration, balance, metrics; export for Gephi",
        description="Build the network of who supports or opposes whom (and which claims), split "
        "the actors into camps and measure it. Dates are YYYY-MM-DD, both ends included.",
    )
    p.add_argument("--as-of", metavar="DATE", help="only stances dated on or before DATE")
    p.add_argument("--from", dest="start", metavar="DATE", help="only stances dated from DATE")
    p.add_argument("--to", dest="end", metavar="DATE", help="only stances dated up to DATE")
    p.add_argument(
        "--undated",
        action="store_true",
        help="keep undated stances in a dated view (left out by default)",
    )
    p.add_argument("--actor", metavar="NAME", help="only the ego network of this actor")
    p.add_argument("--hops", type=int, default=1, metavar="K", help="ego radius (default 1)")
    p.add_argument("--seed", type=int, default=0, help="seed of the camp search (default 0)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument(
        "--export", metavar="FILE", help="also write FILE.gexf, FILE.graphml or FILE.json"
    )
    p.set_defaults(func=_command)


def _command(args: argparse.Namespace) -> int:
    from graph.queries import Queries
    from graph.store import open_store

    _window(args)  # refuse bad arguments before opening the store
    store = open_store(args.store, data_dir=args.data)
    try:
        text = run(args, Queries(store), data_dir=Path(args.data))
    finally:
        store.close()
    print(text)
    return 0


def run(args: argparse.Namespace, queries: Queries, *, data_dir: Path | None = None) -> str:
    """The command's output for ``args``, from the store's aggregate stance rows.

    With ``data_dir`` (the store's data folder), the whole network is read from the cache kept
    there (``graph.network.cache``), measured and written first only when the store changed.
    A date window is measured from the aggregate of that window; an ego network (``--actor``)
    is measured on its own, as a network of its own.
    """
    from graph.network import analyze, edge_graph, report_graph, write
    from graph.network import cache as network_cache

    start, end = _window(args)
    actor = queries.resolve_actor(args.actor) if args.actor else None
    if start or end or data_dir is None:
        edges = queries.stance_edges((start, end), undated=args.undated or not (start or end))
        graph = edge_graph(edges, queries.actors())
        if actor is not None:
            graph = _ego(graph, actor.id, args.hops, window=bool(start or end), name=actor.name)
        report = analyze(graph, seed=args.seed)
    else:
        cached = network_cache.current(queries, data_dir, args.store, seed=args.seed)
        if actor is None:
            report = cached.report()
        else:
            part = cached.ego(actor.id, args.hops, most=_EGO_MOST)
            if part is None:
                raise _no_stance(actor.name, window=False)
            report = analyze(report_graph(part), seed=args.seed)
    if args.export:
        write(report_graph(report), args.export)
    if args.format == "json":
        return dumps(report)
    return as_table(report)


_EGO_MOST = 100_000
"""The most nodes an ego network of the command holds (a bound, not a sample)."""


def _ego(graph: Any, actor_id: str, hops: int, *, window: bool, name: str) -> Any:
    from graph.network import ego

    if actor_id not in graph:
        raise _no_stance(name, window=window)
    return ego(graph, actor_id, hops)


def _no_stance(name: str, *, window: bool) -> UnknownActor:
    where = " in this date window" if window else ""
    return UnknownActor(
        f"{name!r} takes or draws no stance{where}; try a wider window or another actor"
    )


def _window(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """The date window the arguments ask for, after checking every argument."""
    if args.as_of and args.end:
        raise InputError("give --as-of or --to, not both: --as-of DATE is --to DATE")
    start = parse_iso_date(args.start.strip(), "--from") if args.start else None
    end = args.as_of or args.end
    end = parse_iso_date(end.strip(), "--as-of" if args.as_of else "--to") if end else None
    if start and end and start > end:
        raise InputError(f"--from {start} is after {end}; give the earlier date first")
    if args.hops < 0:
        raise InputError(f"--hops {args.hops} is negative; give 0 or more")
    from graph.network import FORMATS

    if args.export and Path(args.export).suffix.lower() not in FORMATS:
        raise InputError(
            f"cannot export to {args.export!r}: unknown extension; use one of {', '.join(FORMATS)}"
        )
    return start, end


def as_json(report: NetworkReport) -> dict[str, Any]:
    """The report as one JSON object: nodes, edges, coalitions, frustration, balance."""
    return plain(report)


def as_table(report: NetworkReport) -> str:
    names = {n.id: n.name for n in report.nodes}
    rows = [
        {
            **{c: getattr(n, c) for c in _COLUMNS},
            "pagerank_support": f"{n.pagerank_support:.3f}",
            "pagerank_oppose": f"{n.pagerank_oppose:.3f}",
            "betweenness": f"{n.betweenness:.3f}",
        }
        for n in report.nodes
    ]
    lines = [render(rows, "table", _COLUMNS), ""]
    for i, group in enumerate(report.coalitions):
        lines.append(f"coalition {i}: " + "; ".join(names.get(a, a) for a in group))
    balance = "n/a (no triangle)" if report.balance is None else f"{report.balance:.3f}"
    lines.append(f"frustration: {report.frustration}   triad balance: {balance}")
    return "\n".join(lines)
