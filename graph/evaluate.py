"""Scoring extraction against hand-made gold annotations.

The rules (``../shared/corpus/dev/README.md``): a system quote matches a gold quote when their
spans overlap by at least half of the shorter span; attribution is correct when it also names
the same speaker (canonical name or alias); ``said_on`` is judged on correctly attributed quotes
whose gold date is known; a stance matches when source, polarity and evidence span agree.
Matching is one to one, best pairs first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from graph.errors import AnnotationError
from graph.model import Extraction
from graph.text import fold

__all__ = ["ArticleScore", "Score", "score_article", "total"]

_DET = re.compile(r"^(?:the|a|an)\s+")


@dataclass(frozen=True, slots=True)
class Score:
    """Counts for one measure; precision, recall and F1 follow from them."""

    true_positives: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positives + other.true_positives,
            self.system + other.system,
            self.gold + other.gold,
        )


@dataclass(frozen=True, slots=True)
class ArticleScore:
    article: str
    quotes: Score
    attribution: Score
    stances: Score
    dates_right: int = 0
    dates_judged: int = 0
    errors: tuple[str, ...] = field(default=())

    @property
    def said_on_accuracy(self) -> float:
        return self.dates_right / self.dates_judged if self.dates_judged else 0.0


def _norm(name: str) -> str:
    return _DET.sub("", fold(name)).strip(" .,'")


def _gold_span(text: str, exact: str, what: str) -> tuple[int, int]:
    start = text.find(exact)
    if start < 0:
        raise AnnotationError(f"gold {what} {exact[:50]!r} does not occur in the article")
    return start, start + len(exact)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return overlap > 0 and overlap >= 0.5 * shorter


def _match(pairs: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best score first."""
    used_s: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, s, g in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if s not in used_s and g not in used_g:
            used_s.add(s)
            used_g.add(g)
            out.append((s, g))
    return out


def score_article(extraction: Extraction, gold: dict[str, Any]) -> ArticleScore:
    """Score one extraction against its gold annotation (the dict of a gold JSON file)."""
    text = extraction.article.text
    gold_names: dict[str, set[str]] = {}
    for actor in gold.get("actors", []):
        gold_names.setdefault(_norm(actor["name"]), set()).update(
            _norm(n) for n in [actor["name"], *actor.get("aliases", [])]
        )

    def names_of_gold(name: str) -> set[str]:
        return gold_names.get(_norm(name), {_norm(name)})

    sys_names = {a.id: {_norm(n) for n in (a.name, *a.aliases)} for a in extraction.actors}
    sys_labels = {a.id: _norm(a.name) for a in extraction.actors}

    def same_speaker(actor_id: str, gold_name: str) -> bool:
        return bool(sys_names[actor_id] & names_of_gold(gold_name))

    errors: list[str] = []
    gq = []
    for item in gold.get("quotes", []):
        gq.append((_gold_span(text, item["text"], "quote"), item))
    sq = list(extraction.quotes)
    candidates = []
    for i, quote in enumerate(sq):
        for j, (span, item) in enumerate(gq):
            if _overlaps((quote.span.start, quote.span.end), span):
                right = same_speaker(quote.speaker, item["speaker"])
                candidates.append((2.0 * right + quote.span.overlap_len(span), i, j))
    matches = _match(candidates)
    attributed = 0
    dates_right = dates_judged = 0
    for i, j in matches:
        quote, (_, item) = sq[i], gq[j]
        if same_speaker(quote.speaker, item["speaker"]):
            attributed += 1
            if item.get("said_on"):
                dates_judged += 1
                if quote.said_on.iso == item["said_on"]:
                    dates_right += 1
                else:
                    errors.append(
                        f"date {quote.said_on.iso} != {item['said_on']} for {item['text'][:40]!r}"
                    )
        else:
            errors.append(f"speaker {sys_labels[quote.speaker]!r} != {item['speaker']!r}")
    matched_gold = {j for _, j in matches}
    errors += [
        f"missed quote by {item['speaker']}: {item['text'][:50]!r}"
        for j, (_, item) in enumerate(gq)
        if j not in matched_gold
    ]
    matched_sys = {i for i, _ in matches}
    errors += [
        f"extra quote by {sys_labels[q.speaker]}: {q.text[:50]!r}"
        for i, q in enumerate(sq)
        if i not in matched_sys
    ]

    gs = [
        (_gold_span(text, item["evidence"], "stance evidence"), item)
        for item in gold.get("stances", [])
    ]
    ss = list(extraction.stances)
    stance_pairs = []
    for i, stance in enumerate(ss):
        for j, (span, item) in enumerate(gs):
            if (
                stance.polarity == item["polarity"]
                and same_speaker(stance.source, item["source"])
                and _overlaps((stance.span.start, stance.span.end), span)
            ):
                stance_pairs.append((float(stance.span.overlap_len(span)), i, j))
    stance_matches = _match(stance_pairs)
    hit_gold = {j for _, j in stance_matches}
    hit_sys = {i for i, _ in stance_matches}
    errors += [
        f"missed stance {item['source']} {item['polarity']} {item.get('target', '?')}: "
        f"{item['evidence'][:50]!r}"
        for j, (_, item) in enumerate(gs)
        if j not in hit_gold
    ]
    errors += [
        f"extra stance {sys_labels[s.source]} {s.polarity} {s.target}: {s.span.text[:50]!r}"
        for i, s in enumerate(ss)
        if i not in hit_sys
    ]
    return ArticleScore(
        article=extraction.article.id,
        quotes=Score(len(matches), len(sq), len(gq)),
        attribution=Score(attributed, len(sq), len(gq)),
        stances=Score(len(stance_matches), len(ss), len(gs)),
        dates_right=dates_right,
        dates_judged=dates_judged,
        errors=tuple(errors),
    )


def total(scores: Sequence[ArticleScore]) -> ArticleScore:
    """Micro-averaged totals over articles."""
    zero = Score()
    return ArticleScore(
        article="TOTAL",
        quotes=sum((s.quotes for s in scores), zero),
        attribution=sum((s.attribution for s in scores), zero),
        stances=sum((s.stances for s in scores), zero),
        dates_right=sum(s.dates_right for s in scores),
        dates_judged=sum(s.dates_judged for s in scores),
    )
