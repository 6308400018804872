"""The ``stancegraph`` command line: the edge where GraphError becomes one line and an exit code.

Each command group lives in its own module with a ``register(subparsers)`` function that adds its
subcommands; a subcommand sets ``func`` (args -> exit code). Nothing below this package prints to
the user or exits.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from graph import settings
from graph.errors import GraphError

__all__ = ["build_parser", "main"]

# Modules whose register() adds subcommands, in the order help lists them.
_COMMAND_MODULES = (
    "graph.cli.build",
    "graph.cli.query",
    "graph.cli.extract",
    "graph.cli.follow",
    "graph.cli.network",
    "graph.cli.synth",
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="stancegraph",
        description="Who said what, when, and who stands with or against whom, from news articles.",
    )
    parser.add_argument(
        "--store",
        default=settings.value("store"),
        help="oxigraph (default), oxigraph-memory, memory, oxigraph:PATH or "
        "sparql:QUERY_URL[;UPDATE_URL]; env STANCEGRAPH_STORE",
    )
    parser.add_argument(
        "--data",
        default=settings.value("data"),
        help="the data folder (default: data; env STANCEGRAPH_DATA)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers)
    from graph.cli.build import one_line_errors

    # Every usage error, top level or subcommand: one line on stderr and exit status 1.
    one_line_errors(parser)
    for sub in subparsers.choices.values():
        one_line_errors(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        parser = build_parser()
    except GraphError as exc:  # a bad setting in the environment
        print(f"stancegraph: error: {exc}", file=sys.stderr)
        return 1
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except GraphError as exc:
        print(f"stancegraph: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("stancegraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error of ours.
        sys.stderr.close()
        return 0
