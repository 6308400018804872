"""``stancegraph build``, ``validate`` and ``export``: make the graph, check it, print it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar

from graph.cli.output import progress
from graph.errors import InputError

if TYPE_CHECKING:  # rdflib, pyshacl and the extractor load when a command runs, not for --help
    from graph.store import Store

# The export formats (graph.store.base.EXPORT_FORMATS checks them when the command runs).
_EXPORT_HELP = "turtle, trig, nquads or jsonld"

__all__ = ["one_line_errors", "open_from_args", "register"]

T = TypeVar("T")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "build",
        help="build the graph from the data folder (validated; written to build/kg.trig)",
        description="Assemble ontology, actors and curated annotations into named graphs, "
        "validate them with SHACL and write DATA/build/kg.trig atomically (and the --store, "
        "when it is not memory).",
    )
    p.set_defaults(func=_build)
    one_line_errors(p)

    p = subparsers.add_parser(
        "validate",
        help="check the graph in the store against the SHACL shapes",
        description="Validate the store's graph; with --sources, the data folder as it would be "
        "built. Prints 'conforms (N triples, M graphs)' or one line per violation (exit 1).",
    )
    p.add_argument(
        "--sources", action="store_true", help="validate data/ as built now, writing nothing"
    )
    p.set_defaults(func=_validate)
    one_line_errors(p)

    p = subparsers.add_parser(
        "export",
        help="print the graph as turtle (the union), trig, nquads or jsonld",
        description="Print the store's graph; turtle merges the named graphs into one.",
    )
    p.add_argument("--format", default="trig", help=f"one of {_EXPORT_HELP}")
    p.set_defaults(func=_export)
    one_line_errors(p)


def one_line_errors(parser: argparse.ArgumentParser) -> None:
    """Make a subcommand's usage errors one line on stderr and exit status 1, like other errors."""

    words = parser.prog.split()
    where = "stancegraph" if len(words) < 2 else f"stancegraph {words[-1]}"

    def error(message: str) -> None:
        print(f"{where}: error: {message}", file=sys.stderr)
        sys.exit(1)

    parser.error = error  # type: ignore[method-assign]


def open_from_args(args: argparse.Namespace, *, create: bool = False) -> Store:
    """The store named by the global ``--store`` and ``--data`` options."""
    from graph.store import open_store

    return open_store(args.store, data_dir=args.data, create=create)


def _progress(items: Iterable[T], total: int, desc: str) -> Iterable[T]:
    return progress(items, total=total, desc=desc)


def _waiting(note: str) -> None:
    print(f"stancegraph: {note}", file=sys.stderr, flush=True)


def _build(args: argparse.Namespace) -> int:
    from graph import dataset
    from graph.store import reads_snapshot

    store = None if reads_snapshot(args.store) else open_from_args(args, create=True)
    try:
        report = dataset.build(args.data, store=store, progress=_progress, on_wait=_waiting)
    finally:
        if store is not None:
            store.close()
    where = f" and {args.store}" if store is not None else ""
    print(
        f"built {report.path}{where}: {report.triples} triples in {report.graphs} graphs, "
        f"{len(report.articles)} article(s)"
    )
    return 0


def _validate(args: argparse.Namespace) -> int:
    from graph import dataset, validate

    if args.sources:
        ds = dataset.assemble(args.data, progress=_progress)
        triples, graphs = len(ds), sum(1 for g in ds.graphs() if len(g))
        report = validate.validate(ds)
    else:
        store = open_from_args(args)
        try:
            triples, graphs = len(store), len(store.graphs())
            report = validate.validate(store.dataset())
        finally:
            store.close()
    if report.conforms:
        print(f"conforms ({triples} triples, {graphs} graphs)")
        return 0
    for violation in report.violations:
        print(" ".join(str(violation).split()))
    print(f"stancegraph: {len(report.violations)} violation(s)", file=sys.stderr)
    return 1


def _export(args: argparse.Namespace) -> int:
    from graph.store.base import EXPORT_FORMATS

    if args.format not in EXPORT_FORMATS:
        raise InputError(f"--format {args.format!r} is not one of {', '.join(EXPORT_FORMATS)}")
    store = open_from_args(args)
    try:
        sys.stdout.write(store.export(args.format))
    finally:
        store.close()
    return 0
