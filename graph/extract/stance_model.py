"""The learned directed-stance model: a sparse linear classifier over ``pair_features``.

Trained by ``graph.train_stance`` (``make train``) on the DSE sentences; the weights ship in
``models/stance.npz`` (plain arrays, read with ``allow_pickle=False``). A pair's features are
weighted by their inverse document frequency and L2-normalised (TF-IDF of binary features); the
class scores are a dot product and a softmax with a fitted temperature.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from graph.extract.stance_features import Sentence, TokenRange, pair_features, read_sentence

__all__ = ["CLASSES", "MODEL_FILE", "PairStance", "StanceModel", "load_model", "swap_label"]

MODEL_FILE = "stance.npz"
# DSE classes: 0 none, 1 e1 supports e2, 2 e2 supports e1, 3 e1 opposes e2, 4 e2 opposes e1.
CLASSES = ("none", "support>", "support<", "oppose>", "oppose<")
_SWAP = np.array([0, 2, 1, 4, 3])


def swap_label(label: int) -> int:
    """The class of the same pair read in the other order.

    >>> [swap_label(c) for c in range(5)]
    [0, 2, 1, 4, 3]
    """
    return int(_SWAP[label])


@dataclass(frozen=True)
class PairStance:
    """The model's reading of a pair: ``polarity`` None means no stance between them."""

    label: int
    polarity: str | None
    forward: bool  # e1 -> e2 when True, e2 -> e1 otherwise
    confidence: float

    @classmethod
    def of(cls, probs: np.ndarray) -> PairStance:
        """The reading of class probabilities: the likeliest class and its probability."""
        label = int(probs.argmax())
        polarity = None if label == 0 else "support" if label in (1, 2) else "oppose"
        return cls(label, polarity, label in (1, 3), float(probs[label]))


class StanceModel:
    """Weights over feature strings; ``pair`` reads one pair of mentions in a parsed sentence."""

    def __init__(
        self,
        features: list[str],
        coef: np.ndarray,
        intercept: np.ndarray,
        idf: np.ndarray,
        scale: float = 1.0,
    ) -> None:
        n = len(features)
        if coef.shape != (n, len(CLASSES)) or intercept.shape != (len(CLASSES),) or len(idf) != n:
            raise ValueError(f"stance model weights have shapes {coef.shape}, {intercept.shape}")
        self.index = {f: i for i, f in enumerate(features)}
        self.idf = idf.astype(np.float64)
        self.idf2 = self.idf**2
        self.coef = coef.astype(np.float64) * self.idf[:, None]
        self.intercept = intercept.astype(np.float64)
        self.scale = float(scale)

    @classmethod
    def read(cls, path: Path | Any) -> StanceModel:
        with path.open("rb") as handle, np.load(handle, allow_pickle=False) as data:
            names = [str(f) for f in data["features"]]
            scale = float(data["scale"])
            return cls(names, data["coef"], data["intercept"], data["idf"], scale)

    def scores(self, features: list[str]) -> np.ndarray:
        """Class probabilities for one feature list (unknown features are ignored)."""
        found = set(map(self.index.get, features))
        found.discard(None)
        logits = self.intercept.copy()
        if found:
            rows = np.array(sorted(found), dtype=np.intp)
            norm = float(np.sqrt(self.idf2[rows].sum())) + 1e-12
            logits += self.coef[rows].sum(axis=0) / norm
        logits = self.scale * (logits - logits.max())
        exp = np.exp(logits)
        return exp / exp.sum()

    def proba(self, sent: Sentence | Any, e1: TokenRange, e2: TokenRange) -> np.ndarray:
        """Class probabilities of the pair.

        ``sent`` is a spaCy Span or, cheaper for many pairs, its ``read_sentence``. One order
        is enough: the model is trained on every pair in both orders, so its weights are
        symmetric and the pair read the other way gives the same answer (a test checks it).
        """
        view = sent if isinstance(sent, Sentence) else read_sentence(sent)
        return self.scores(pair_features(view, e1, e2))

    def reverse_proba(self, sent: Sentence | Any, e1: TokenRange, e2: TokenRange) -> np.ndarray:
        """The pair read in the other order, its classes mapped back (for checking symmetry)."""
        return self.proba(sent, e2, e1)[_SWAP]

    def pair(self, sent: Sentence | Any, e1: TokenRange, e2: TokenRange) -> PairStance:
        return PairStance.of(self.proba(sent, e1, e2))


@cache
def load_model() -> StanceModel:
    """The shipped model (loaded once per process)."""
    return StanceModel.read(resources.files("graph.extract").joinpath("models", MODEL_FILE))
