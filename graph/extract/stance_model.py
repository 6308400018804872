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
from scipy import sparse

from graph.extract.stance_features import Sentence, TokenRange, pair_features, read_sentence
from graph.extract.stance_rows import SentenceRows

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

    def probas(self, pairs: list[tuple[Sentence, TokenRange, TokenRange]]) -> np.ndarray:
        """Class probabilities of many pairs at once, one row a pair: the very numbers
        ``proba`` gives each (the same sums in the same order), for a fraction of the time.

        Each sentence (one ``Sentence`` object for all its pairs) is looked up once
        (``SentenceRows``); the pairs are then scored together: their feature rows summed in
        row order by one sparse product, and each norm summed as ``numpy.sum`` sums it.
        """
        out = np.empty((len(pairs), len(CLASSES)))
        if not pairs:
            return out
        sentences: dict[int, SentenceRows] = {}
        found: list[np.ndarray] = []
        for view, e1, e2 in pairs:
            rows = sentences.get(id(view))
            if rows is None:
                rows = sentences[id(view)] = SentenceRows(view, self.index.get)
            known = rows.rows(e1, e2)
            known.discard(-1)
            found.append(np.array(sorted(known), dtype=np.intp))
        sizes = np.array([len(f) for f in found])
        starts = np.concatenate(([0], np.cumsum(sizes)))
        columns = np.concatenate(found)
        matrix = sparse.csr_matrix(
            (np.ones(len(columns)), columns, starts), shape=(len(pairs), len(self.idf))
        )
        sums = matrix @ self.coef  # row by row in index order, as coef[rows].sum(axis=0)
        # numpy sums a vector from 0.0 in blocks (pairwise): so does reduceat over each
        # pair's squared weights led by a 0.0.
        squares = np.zeros(len(columns) + len(pairs))
        at = starts[:-1] + np.arange(len(pairs))
        mask = np.ones(len(squares), dtype=bool)
        mask[at] = False
        squares[mask] = self.idf2[columns]
        norms = np.sqrt(np.add.reduceat(squares, at)) + 1e-12
        logits = self.intercept + sums / norms[:, None]
        empty = sizes == 0
        logits[empty] = self.intercept  # ``scores`` adds nothing then
        logits = self.scale * (logits - logits.max(axis=1, keepdims=True))
        exp = np.exp(logits)
        np.divide(exp, exp.sum(axis=1, keepdims=True), out=out)
        return out

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
