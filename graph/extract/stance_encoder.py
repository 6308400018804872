"""The fine-tuned encoder for directed stance: a small transformer over entity-marked sentences.

Trained by ``graph.train_encoder`` (``make train-encoder``) from all-MiniLM-L6-v2 on the DSE
sentences; it ships as ``models/stance_encoder.onnx`` (int8, dynamically quantised) beside the
WordPiece ``models/stance_tokenizer.json``, read with ``onnxruntime`` and ``tokenizers`` (no torch
at run time). A pair is the sentence's word pieces with markers around the two mentions
(``[E1] ... [/E1]``, ``[E2] ... [/E2]``, four unused vocabulary slots), cut to a window around
them; the classes are the DSE ones (see ``stance_model.CLASSES``), read from the hidden states at
the two opening markers. Everything is loaded on first use, so importing this module is cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from graph.errors import GraphError

__all__ = [
    "ENCODER_FILE",
    "MARKERS",
    "MAX_TOKENS",
    "TOKENIZER_FILE",
    "Encoded",
    "StanceEncoder",
    "encode",
    "load_encoder",
    "padded",
    "shipped",
]

ENCODER_FILE = "stance_encoder.onnx"
TOKENIZER_FILE = "stance_tokenizer.json"
MAX_TOKENS = 96
"""Word pieces a pair is cut to, markers and [CLS]/[SEP] included."""
CLS, SEP, PAD = 101, 102, 0
MARKERS = (1, 2, 3, 4)
"""Ids of [E1], [/E1], [E2], [/E2]: the vocabulary's [unused0]..[unused3] slots."""

Span = tuple[int, int]


@dataclass(frozen=True)
class Encoded:
    """The ids of one marked pair and the positions of its two opening markers."""

    ids: tuple[int, ...]
    first: int
    second: int


def encode(tokenizer: Any, text: str, e1: Span, e2: Span, limit: int = MAX_TOKENS) -> Encoded:
    """The word pieces of ``text`` with markers around the character spans ``e1`` and ``e2``.

    A piece belongs to a mention when it overlaps its span; the window keeps both mentions (the
    words between them are cut in the middle when they do not fit).
    """
    pieces = tokenizer.encode(text, add_special_tokens=False)
    return encode_pieces(list(pieces.ids), list(pieces.offsets), e1, e2, limit)


def encode_pieces(
    ids: Sequence[int], offsets: Sequence[Span], e1: Span, e2: Span, limit: int = MAX_TOKENS
) -> Encoded:
    """``encode`` over pieces already tokenised (ids and their character offsets)."""
    r1, r2 = _piece_range(offsets, e1), _piece_range(offsets, e2)
    keep = _window(len(ids), r1, r2, limit - 6)
    out, first, second = [CLS], 0, 0
    for n in keep:
        if n == r1[0]:
            first = len(out)
            out.append(MARKERS[0])
        if n == r2[0]:
            second = len(out)
            out.append(MARKERS[2])
        out.append(ids[n])
        if n == r1[1] - 1:
            out.append(MARKERS[1])
        if n == r2[1] - 1:
            out.append(MARKERS[3])
    out.append(SEP)
    return Encoded(tuple(out), first, second)


def _piece_range(offsets: Sequence[Span], span: Span) -> tuple[int, int]:
    """The pieces overlapping a character span (the nearest piece when none does)."""
    inside = [n for n, (a, b) in enumerate(offsets) if a < span[1] and span[0] < b]
    if inside:
        return inside[0], inside[-1] + 1
    after = next((n for n, (a, _) in enumerate(offsets) if a >= span[0]), len(offsets) - 1)
    after = max(after, 0)
    return after, after + 1


def _window(n: int, r1: tuple[int, int], r2: tuple[int, int], budget: int) -> list[int]:
    """Piece indices kept: all when they fit, else a window around both mentions."""
    if n <= budget:
        return list(range(n))
    lo, hi = min(r1[0], r2[0]), max(r1[1], r2[1])
    if hi - lo <= budget:
        spare = budget - (hi - lo)
        start = max(0, min(lo - spare // 2, n - budget))
        return list(range(start, start + budget))
    a, b = sorted([r1, r2])
    half = budget // 2
    left = range(max(0, a[0] - 4), max(0, a[0] - 4) + half)
    right_start = max(b[1] + 4 - (budget - half), left.stop)
    right = range(right_start, min(n, right_start + budget - half))
    return [*left, *right]


def padded(items: Sequence[Encoded]) -> dict[str, np.ndarray]:
    """The model's inputs for a batch: ids, attention mask and the two marker positions."""
    width = max(len(e.ids) for e in items)
    ids = np.full((len(items), width), PAD, dtype=np.int64)
    mask = np.zeros((len(items), width), dtype=np.int64)
    for row, e in enumerate(items):
        ids[row, : len(e.ids)] = e.ids
        mask[row, : len(e.ids)] = 1
    first = np.array([e.first for e in items], dtype=np.int64)
    second = np.array([e.second for e in items], dtype=np.int64)
    return {"input_ids": ids, "attention_mask": mask, "first": first, "second": second}


class StanceEncoder:
    """The ONNX model and its tokenizer; ``proba`` reads many pairs in one call."""

    def __init__(self, model: Path | bytes, tokenizer: Path) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        source = model if isinstance(model, bytes) else str(model)
        self.session = onnxruntime.InferenceSession(
            source, options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()

    def encode(self, text: str, e1: Span, e2: Span) -> Encoded:
        return encode(self.tokenizer, text, e1, e2)

    def proba(self, pairs: Sequence[tuple[str, Span, Span]], batch: int = 64) -> np.ndarray:
        """Class probabilities (n x 5) of ``(text, e1 span, e2 span)`` pairs."""
        items = [self.encode(*pair) for pair in pairs]
        return self.proba_encoded(items, batch)

    def proba_encoded(self, items: Sequence[Encoded], batch: int = 64) -> np.ndarray:
        if not items:
            return np.zeros((0, 5), dtype=np.float32)
        order = sorted(range(len(items)), key=lambda n: len(items[n].ids))
        out = np.zeros((len(items), 5), dtype=np.float32)
        for start in range(0, len(order), batch):
            rows = order[start : start + batch]
            (logits,) = self.session.run(None, padded([items[n] for n in rows]))
            out[rows] = _softmax(logits)
        return out


def _softmax(logits: np.ndarray) -> np.ndarray:
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


def shipped() -> bool:
    """Whether the package holds a trained encoder."""
    return resources.files("graph.extract").joinpath("models", ENCODER_FILE).is_file()


@cache
def load_encoder() -> StanceEncoder:
    """The shipped encoder (loaded once per process, on first use)."""
    folder = resources.files("graph.extract").joinpath("models")
    if not folder.joinpath(ENCODER_FILE).is_file():
        raise GraphError(f"no stance encoder shipped ({ENCODER_FILE}): run make train-encoder")
    model = folder.joinpath(ENCODER_FILE).read_bytes()
    with resources.as_file(folder.joinpath(TOKENIZER_FILE)) as tokenizer:
        return StanceEncoder(model, Path(tokenizer))
