"""Retrain the directed-stance model: ``make train`` (seeded; a few minutes on 2 cores).

Usage: python scripts/train_stance.py --dse ../shared/corpus/dse --cameo ../shared/lexicons/cameo/CAMEO.2.0.txt
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph.errors import GraphError
from graph.train_stance import MODELS, C, train


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dse", type=Path, required=True, help="folder with train.txt, valid.txt")
    parser.add_argument(
        "--cameo", type=Path, required=True, help="CAMEO.2.0.txt, LICENSE beside it"
    )
    parser.add_argument("--out", type=Path, default=MODELS, help="where the weights go")
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation of the SVM")
    args = parser.parse_args(argv)
    try:
        lines = train(args.dse, args.cameo, args.out, args.c)
    except (GraphError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
