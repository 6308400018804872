"""``stancegraph synth``: write a synthetic data folder of N statements (benchmarks, scale tests)."""

from __future__ import annotations

import argparse
from pathlib import Path

from graph.errors import InputError

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    from graph.cli.build import one_line_errors

    p = subparsers.add_parser(
        "synth",
        help="write a synthetic data folder of N statements (for benchmarks)",
        description="Write OUT/actors.ttl and OUT/build/kg.trig: N statements by Zipf-distributed "
        "speakers over N/50 actors, N/10 articles over three years, events, claims and stances. "
        "The same seed gives the same folder. Open it with --data OUT.",
    )
    p.add_argument("--statements", type=int, required=True, metavar="N", help="how many")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--out", required=True, type=Path, help="the folder to write")
    p.set_defaults(func=_synth)
    one_line_errors(p)


def _synth(args: argparse.Namespace) -> int:
    if args.statements < 1:
        raise InputError(f"--statements {args.statements} must be at least 1")
    if args.out.exists() and not args.out.is_dir():
        raise InputError(f"--out {args.out} is a file; give a folder")
    from graph.synth import synthesize

    report = synthesize(args.out, statements=args.statements, seed=args.seed)
    print(
        f"wrote {report.path}: {report.statements} statements, {report.articles} articles, "
        f"{report.actors} actors, {report.triples} triples in {report.seconds:.1f} s"
    )
    return 0
