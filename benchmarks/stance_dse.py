"""Directed stance on DSE valid: rules alone, the learned model alone, both, and a plain baseline.

Usage: python benchmarks/stance_dse.py [--dse ../shared/corpus/dse] [--articles DIR] [--variants]
       [--given-only]

Two readings, in one run:
- given pairs: the two bracketed entities are given; the linear SVM and the fine-tuned encoder
  classify them (each alone, the two averaged, and weighted by the SVM weight that is best on the
  even lines, so the odd lines score it held out); the rules are the extractor's rule stances
  between actors overlapping the two entities; a combination takes the rule's answer where a
  rule fires, else the model's.
- whole pipeline: each sentence is an article for the extractor (entities found by our own
  actor detection), run with the rules only, each pair reader alone, and the rules with each.
The plain baseline is trained here and now: TF-IDF word 1-2-grams of the entity-marked sentence
and of the words between the two entities, logistic regression with balanced class weights.
Figures: macro-F1 over the 5 classes and P/R/F1 of the directed edges (classes 1-4), on all
of valid, its study half (even lines) and its held-out half (odd lines); ratios to the baseline.
Also the extraction cost of the model on the dev articles (rules-only vs combined).
With ``--variants``, the model designs tried and not shipped are trained in the same run on the
given pairs (a few minutes): the shipped design retrained, the baseline's word n-grams and
character n-grams stacked with the parse features in one SVM, and a two-stage model (stance or
none, then polarity and direction). ``--given-only`` prints the given pairs alone (the rules
through the pipeline are still run, for the rules rows), without the other pipeline modes.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import unicodedata
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np

from graph.corpus import read_article
from graph.extract import Extractor
from graph.extract.stance_encoder import load_encoder, shipped
from graph.extract.stance_model import load_model
from graph.model import Article
from graph.train_stance import Example, macro_f1, parse_examples, read_dse

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def baseline(train: list[Example], valid: list[Example]) -> list[int]:
    """The plain baseline's predictions on ``valid``, trained on ``train`` in this run."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    def marked(e: Example) -> tuple[str, str]:
        (a, b), (c, d) = e.e1, e.e2
        cuts = sorted([(a, b, " ENTONE "), (c, d, " ENTTWO ")])
        (s1, t1, m1), (s2, t2, m2) = cuts
        t = e.text
        return t[:s1] + m1 + t[t1:s2] + m2 + t[t2:], t[t1:s2] if t1 < s2 else ""

    sentence = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    between = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    a, b = zip(*(marked(e) for e in train), strict=True)
    x = hstack([sentence.fit_transform(a), between.fit_transform(b)]).tocsr()
    a, b = zip(*(marked(e) for e in valid), strict=True)
    y = hstack([sentence.transform(a), between.transform(b)]).tocsr()
    classifier = LogisticRegression(C=10, class_weight="balanced", max_iter=3000, random_state=13)
    classifier.fit(x, [e.label for e in train])
    return [int(p) for p in classifier.predict(y)]


def given_pairs(valid: list[Example]) -> np.ndarray:
    """The shipped linear model's class probabilities on the given entity pairs."""
    from graph.extract.stance_features import token_range

    model = load_model()
    out = np.zeros((len(valid), 5))
    for n, (doc, e) in enumerate(zip(parse_examples(valid, "valid"), valid, strict=True)):
        r1, r2 = token_range(doc, *e.e1), token_range(doc, *e.e2)
        if r1 is None or r2 is None or (r1[0] < r2[1] and r2[0] < r1[1]):
            out[n, 0] = 1.0
        else:
            out[n] = model.proba(doc[:], r1, r2)
    return out


def encoder_pairs(valid: list[Example]) -> tuple[np.ndarray, float]:
    """The shipped encoder's class probabilities on the given pairs, and its seconds per pair."""
    encoder = load_encoder()
    start = time.perf_counter()
    probs = encoder.proba([(e.text, e.e1, e.e2) for e in valid])
    return probs, (time.perf_counter() - start) / len(valid)


def _argmax(probs: np.ndarray) -> list[int]:
    return [int(c) for c in probs.argmax(axis=1)]


def even_weight(svm: np.ndarray, enc: np.ndarray, valid: list[Example]) -> float:
    """The SVM's weight in ``w * svm + (1 - w) * encoder`` best on the even (study) lines only
    (0 to 1 by 0.05; ties to the weight nearest 0.5); the odd lines stay held out."""
    even = [n for n, e in enumerate(valid) if e.line % 2 == 0]
    gold = [valid[n].label for n in even]

    def score(w: float) -> tuple[float, float]:
        predicted = _argmax(w * svm[even] + (1 - w) * enc[even])
        return macro_f1(gold, predicted)[0], -abs(w - 0.5)

    return max((n / 20 for n in range(21)), key=score)


def _first(rules: list[int], model: list[int]) -> list[int]:
    """The rule's class where a rule fires, else the model's."""
    return [r if r else m for r, m in zip(rules, model, strict=True)]


def pipeline(valid: list[Example], mode: str) -> list[int]:
    """The extractor on each sentence as an article; the class of its stance between the pair."""
    extractor = Extractor(stances=mode)
    articles = [Article(f"dse-{e.line}", e.text) for e in valid]
    return [_classify(x, e) for x, e in zip(extractor.many(articles), valid, strict=True)]


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'")
    return " ".join(s.split())


def _is(actor: object, e: Example, span: tuple[int, int]) -> bool:
    """An actor is the entity when a mention overlaps it or the names match (as eval_dse.py)."""
    if any(m.start < span[1] and span[0] < m.end for m in actor.mentions):  # type: ignore[attr-defined]
        return True
    a, b = _fold(actor.name), _fold(e.text[span[0] : span[1]]).strip(" '")  # type: ignore[attr-defined]
    return bool(a and b) and (a == b or (len(b) >= 4 and (b in a or a in b)))


def _classify(extraction: object, e: Example) -> int:
    actors = {a.id: a for a in extraction.actors}  # type: ignore[attr-defined]
    best, best_confidence = 0, -1.0
    for s in extraction.stances:  # type: ignore[attr-defined]
        if s.target_kind != "actor":
            continue
        src, tgt = actors[s.source], actors[s.target]
        if _is(src, e, e.e1) and _is(tgt, e, e.e2):
            cls = 1 if s.polarity == "support" else 3
        elif _is(src, e, e.e2) and _is(tgt, e, e.e1):
            cls = 2 if s.polarity == "support" else 4
        else:
            continue
        if s.confidence > best_confidence:
            best, best_confidence = cls, s.confidence
    return best


def _row(name: str, gold: list[int], lines: list[int], predicted: list[int], base: float) -> str:
    cells = []
    for keep in (None, 0, 1):
        g = [x for x, n in zip(gold, lines, strict=True) if keep is None or n % 2 == keep]
        p = [x for x, n in zip(predicted, lines, strict=True) if keep is None or n % 2 == keep]
        cells.append(macro_f1(g, p))
    (m, p, r, f), even, odd = cells
    return (
        f"{name:34s} {m:6.3f} {m / base:6.2f}x  {p:5.3f} {r:5.3f} {f:5.3f}   "
        f"{even[0]:6.3f} {odd[0]:6.3f}"
    )


def _marked(doc: object, e: Example, swapped: bool = False) -> tuple[str, str]:
    """The entity-marked words of a parsed example, and the words between the two."""
    from graph.extract.stance_features import token_range

    r1, r2 = token_range(doc, *e.e1), token_range(doc, *e.e2)
    if r1 is None or r2 is None:
        return doc.text.lower(), ""  # type: ignore[attr-defined]
    if swapped:
        r1, r2 = r2, r1
    (_, lo_end), (hi_start, _) = sorted([r1, r2])
    words, between = [], []
    for t in doc:  # type: ignore[attr-defined]
        if r1[0] <= t.i < r1[1] or r2[0] <= t.i < r2[1]:
            if t.i in (r1[0], r2[0]):
                words.append("ENTONE" if t.i == r1[0] else "ENTTWO")
        elif not t.is_space:
            words.append(t.lower_)
            between += [t.lower_] if lo_end <= t.i < hi_start else []
    return " ".join(words), " ".join(between)


def variants(train: list[Example], valid: list[Example]) -> dict[str, list[int]]:
    """Given-pair predictions of the designs tried, each trained here on DSE train."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
    from sklearn.svm import LinearSVC

    from graph.train_stance import C, FeatureSpace, _weights, augmented, example_features

    docs, vdocs = parse_examples(train, "train"), parse_examples(valid, "valid")
    rows, labels = augmented(docs, train)
    vrows = [example_features(d, e) for d, e in zip(vdocs, valid, strict=True)]
    space, tfidf = FeatureSpace(rows), TfidfTransformer(sublinear_tf=True)
    x, v = tfidf.fit_transform(space.matrix(rows)), tfidf.transform(space.matrix(vrows))
    texts = [_marked(d, e, sw) for d, e in zip(docs, train, strict=True) for sw in (False, True)]
    vtexts = [_marked(d, e) for d, e in zip(vdocs, valid, strict=True)]
    stacked_x, stacked_v = [x], [v]
    words = {"ngram_range": (1, 2), "token_pattern": r"\S+"}
    for column, kw in ((0, words), (1, words), (0, {"analyzer": "char_wb", "ngram_range": (2, 5)})):
        vec = TfidfVectorizer(sublinear_tf=True, min_df=2, **kw)
        stacked_x.append(vec.fit_transform([t[column] for t in texts]))
        stacked_v.append(vec.transform([t[column] for t in vtexts]))
    y = np.asarray(labels)

    def svm(weights: dict[int, float]) -> LinearSVC:
        return LinearSVC(C=C, class_weight=weights, random_state=13, max_iter=5000)

    out = {"variant: shipped design, retrained": svm(_weights(labels)).fit(x, y).predict(v)}
    xs, vs = hstack(stacked_x).tocsr(), hstack(stacked_v).tocsr()
    out["variant: + word and char n-grams"] = svm(_weights(labels)).fit(xs, y).predict(vs)
    stance = y != 0
    first = svm({0: 1.0, 1: 1.0}).fit(x, stance.astype(int)).predict(v) == 1
    second = svm(_weights(list(y[stance]))).fit(x[stance], y[stance]).predict(v)
    out["variant: two-stage"] = np.where(first, second, 0)
    return {name: [int(c) for c in pred] for name, pred in out.items()}


def speed(articles_dir: Path, repeat: int = 5) -> list[str]:
    """Extraction time of the dev articles with the rules only and with the model added.

    The two are interleaved and the best of ``repeat`` runs kept, so a busy machine slows both.
    """
    articles = [read_article(p) for p in sorted(articles_dir.glob("*.txt"))]
    modes = ("rules", "rules+svm", "rules+encoder") if shipped() else ("rules", "rules+svm")
    extractors = {mode: Extractor(stances=mode) for mode in modes}
    times = dict.fromkeys(extractors, float("inf"))
    for extractor in extractors.values():
        list(extractor.many(articles[:1]))
    for _ in range(repeat):
        for mode, extractor in extractors.items():
            start = time.perf_counter()
            list(extractor.many(articles))
            times[mode] = min(times[mode], time.perf_counter() - start)
    out = [
        f"extraction, stances={mode:9s} {len(articles) / best:6.1f} articles/s"
        for mode, best in times.items()
    ]
    for mode in modes[1:]:
        out.append(f"{mode} cost: {times[mode] / times['rules']:.2f}x the rules-only time")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dse", type=Path, default=SHARED / "corpus/dse")
    parser.add_argument("--articles", type=Path, default=SHARED / "corpus/dev/articles")
    parser.add_argument("--variants", action="store_true", help="also train the designs tried")
    parser.add_argument(
        "--given-only", action="store_true", help="the given pairs only (no pipeline, no speed)"
    )
    args = parser.parse_args()
    train, valid = read_dse(args.dse / "train.txt"), read_dse(args.dse / "valid.txt")
    gold, lines = [e.label for e in valid], [e.line for e in valid]
    base_pred = baseline(train, valid)
    base = macro_f1(gold, base_pred)[0]
    encoder = shipped()  # the encoder rows need graph/extract/models/stance_encoder.onnx
    modes = ("rules", "model", "encoder", "rules+svm", "rules+encoder", "rules+mean")
    modes = modes if encoder else ("rules", "model", "rules+svm")
    modes = ("rules",) if args.given_only else modes
    runs = {mode: pipeline(valid, mode) for mode in modes}
    svm = given_pairs(valid)
    rows = {
        "plain baseline": base_pred,
        "rules alone": runs["rules"],
        "SVM alone": _argmax(svm),
        "rules + SVM": _first(runs["rules"], _argmax(svm)),
    }
    if encoder:
        enc, per_pair = encoder_pairs(valid)
        rows["encoder alone"] = _argmax(enc)
        rows["rules + encoder"] = _first(runs["rules"], _argmax(enc))
        rows["SVM + encoder (mean)"] = _argmax(svm + enc)
        w = even_weight(svm, enc, valid)
        rows[f"SVM {w:.2f} + encoder (even lines)"] = _argmax(w * svm + (1 - w) * enc)
        rows["rules + (SVM + encoder)"] = _first(runs["rules"], _argmax(svm + enc))
    head = f"{'':34s} {'macro':>6s} {'ratio':>7s}  {'P':>5s} {'R':>5s} {'F1':>5s}   {'even':>6s} {'odd':>6s}"
    print(f"DSE valid: {len(valid)} sentences; baseline = plain TF-IDF + LR trained in this run")
    print(head)
    for name, predicted in rows.items():
        print(_row(f"given pairs: {name}", gold, lines, predicted, base))
    if args.variants:
        for name, predicted in variants(train, valid).items():
            print(_row(name, gold, lines, predicted, base))
    for mode in modes:
        print(_row(f"whole pipeline: {mode}", gold, lines, runs[mode], base))
    if encoder:
        print(f"encoder on the given pairs: {per_pair * 1000:.1f} ms a pair (int8 ONNX, 1 thread)")
    if args.articles.is_dir() and not args.given_only:
        print("\n".join(speed(args.articles)))
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())
