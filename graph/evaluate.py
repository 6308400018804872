"""Scoring extraction against hand-made gold annotations.

The rules (``../shared/corpus/dev/README.md``): a system quote matches a gold quote when their
spans overlap by at least half of the shorter span; attribution is correct when it also names
the same speaker (canonical name or alias); ``said_on`` is judged on correctly attributed quotes
whose gold date is known; a stance matches when source, polarity and evidence span agree.
Matching is one to one, best pairs first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import AnnotationError
from graph.model import Article, Extraction, Quote
from graph.text import fold

Edge = tuple[str, str, str]  # (source, target, polarity), actors by their gold canonical name

__all__ = [
    "ArticleScore",
    "CorpusEdges",
    "Score",
    "corpus_edges",
    "gold_pairs",
    "network_edges",
    "network_errors",
    "score_article",
    "score_network",
    "total",
]

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
    targets: Score = field(default=Score())  # stances whose target is right too

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
    gold_names = _gold_names(gold)

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
    errors += _unmatched_quotes(matches, [item for _, item in gq], sq, sys_labels)

    stances, targets, stance_errors = _score_stances(
        extraction, gold, same_speaker, sys_names, sys_labels, names_of_gold
    )
    errors += stance_errors
    return ArticleScore(
        article=extraction.article.id,
        quotes=Score(len(matches), len(sq), len(gq)),
        attribution=Score(attributed, len(sq), len(gq)),
        stances=stances,
        dates_right=dates_right,
        dates_judged=dates_judged,
        errors=tuple(errors),
        targets=targets,
    )


def _gold_names(gold: dict[str, Any]) -> dict[str, set[str]]:
    """Each gold actor's folded name -> the folded names and aliases it goes by."""
    names: dict[str, set[str]] = {}
    for actor in gold.get("actors", []):
        names.setdefault(_norm(actor["name"]), set()).update(
            _norm(n) for n in [actor["name"], *actor.get("aliases", [])]
        )
    return names


def _unmatched_quotes(
    matches: list[tuple[int, int]],
    gold_items: list[dict[str, Any]],
    quotes: list[Quote],
    sys_labels: dict[str, str],
) -> list[str]:
    """One error line per gold quote missed and per extracted quote with no gold counterpart."""
    matched_gold = {j for _, j in matches}
    matched_sys = {i for i, _ in matches}
    missed = [
        f"missed quote by {item['speaker']}: {item['text'][:50]!r}"
        for j, item in enumerate(gold_items)
        if j not in matched_gold
    ]
    extra = [
        f"extra quote by {sys_labels[q.speaker]}: {q.text[:50]!r}"
        for i, q in enumerate(quotes)
        if i not in matched_sys
    ]
    return missed + extra


def _score_stances(
    extraction: Extraction,
    gold: dict[str, Any],
    same_speaker: Callable[[str, str], bool],
    sys_names: dict[str, set[str]],
    sys_labels: dict[str, str],
    names_of_gold: Callable[[str], set[str]],
) -> tuple[Score, Score, list[str]]:
    """Stances matched on source, polarity and evidence; and those whose target is right too."""
    text = extraction.article.text
    errors: list[str] = []
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
    targeted = _match(
        (score, i, j)
        for score, i, j in stance_pairs
        if _same_target(ss[i], gs[j][1], sys_names, names_of_gold)
    )
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
    return (
        Score(len(stance_matches), len(ss), len(gs)),
        Score(len(targeted), len(ss), len(gs)),
        errors,
    )


def _same_target(
    stance: Any, item: dict[str, Any], sys_names: dict[str, set[str]], gold_names: Any
) -> bool:
    """The stance's target is gold's: the same actor, or (for a claim) any claim."""
    target = str(item.get("target", ""))
    if target.startswith("claim:") or stance.target_kind == "claim":
        return target.startswith("claim:") and stance.target_kind == "claim"
    names = sys_names.get(stance.target, set())
    keys = {_key(n) for n in names}
    return bool(names & gold_names(target)) or _same(keys, {_key(n) for n in gold_names(target)})


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
        targets=sum((s.targets for s in scores), zero),
    )


# Words that do not identify an actor on their own when names are compared word by word: the
# judges' scorer (../shared/tools/eval_articles.py) uses the same list.
_STOP = frozenset(
    {
        "the", "of", "and", "us", "u", "s", "mr", "ms", "president", "minister", "spokesperson",
        "department", "state", "secretary", "leader", "candidate", "opposition",
    }
)  # fmt: skip


def _key(name: str) -> str:
    """A name as the judges compare it: accent-blind, lower case, "U.S." and "United States" one."""
    s = fold(name).replace("u.s.", "us").replace("united states", "us")
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return " ".join(re.sub(r"^the ", "", s.strip()).split())


def _same(names: set[str], forms: set[str]) -> bool:
    """One of ``names`` is one of ``forms``, or shares an identifying word within a subset."""
    if names & forms:
        return True
    for name in names:
        words = set(name.split())
        for form in forms:
            other = set(form.split())
            shared = {w for w in words & other if w not in _STOP and len(w) >= 3}
            if shared and (words <= other or other <= words):
                return True
    return False


def network_edges(extraction: Extraction, gold: dict[str, Any]) -> tuple[set[Edge], set[Edge]]:
    """The actor-to-actor stance edges of one article: (system, gold), actors named as in gold.

    A system actor takes the canonical name of the gold actor it matches (its name or an alias,
    compared as the judges compare speakers); an actor gold does not know keeps its own name.
    Stances on claims are no edges.

    >>> from graph.model import Actor, Article, Span, Stance
    >>> a = Article("a", "Ana Soto backed Rui Lopes.")
    >>> ex = Extraction(a, actors=(Actor("s", "Ana Soto", "Person"), Actor("l", "Rui Lopes", "Person")),
    ...     stances=(Stance("s", "l", "actor", "support", a.span(0, 25)),))
    >>> gold = {"actors": [{"name": "Ana Soto", "aliases": ["Soto"]}], "stances": [
    ...     {"source": "Soto", "target": "Rui Lopes", "polarity": "support", "evidence": "x"}]}
    >>> network_edges(ex, gold)
    ({('ana soto', 'rui lopes', 'support')}, {('ana soto', 'rui lopes', 'support')})
    """
    canon: list[tuple[str, set[str]]] = []
    for actor in gold.get("actors", []):
        forms = {_key(n) for n in (actor["name"], *actor.get("aliases", []))} - {""}
        canon.append((_key(actor["name"]), forms))

    def gold_name(name: str) -> str:
        key = _key(name)
        return next((c for c, forms in canon if key in forms), key)

    def system_name(names: set[str]) -> str:
        # An exact name or alias first: a word shared with an earlier gold actor ("the president
        # of the federation" for the federation) must not take a name that another one has.
        exact = next((c for c, forms in canon if names & forms), None)
        return exact or next((c for c, forms in canon if _same(names, forms)), min(names))

    gold_edges = {
        (gold_name(g["source"]), gold_name(g["target"]), g["polarity"])
        for g in gold.get("stances", [])
        if not str(g.get("target", "")).startswith("claim:")
    }
    names = {
        a.id: {_key(n) for n in (a.name, *a.aliases)} - {""} or {a.id} for a in extraction.actors
    }
    system_edges = {
        (system_name(names[s.source]), system_name(names[s.target]), s.polarity)
        for s in extraction.stances
        if s.target_kind == "actor" and s.source in names and s.target in names
    }
    return {e for e in system_edges if e[0] != e[1]}, gold_edges


@dataclass(frozen=True, slots=True)
class CorpusEdges:
    """The corpus network's edges, the system's and gold's, each with the articles it comes from."""

    system: dict[Edge, list[str]]
    gold: dict[Edge, list[str]]

    def score(self) -> Score:
        return Score(len(self.system.keys() & self.gold.keys()), len(self.system), len(self.gold))

    def errors(self) -> list[str]:
        """One line per edge drawn that gold lacks ("extra") or gold has and is not drawn."""
        lines = []
        for kind, edges, other in (
            ("extra", self.system, self.gold),
            ("missed", self.gold, self.system),
        ):
            for edge in sorted(edges.keys() - other.keys()):
                source, target, polarity = edge
                where = ", ".join(sorted(set(edges[edge])))
                lines.append(f"{kind} edge {source} -{polarity}-> {target} ({where})")
        return lines


def corpus_edges(articles: Iterable[tuple[Extraction, dict[str, Any]]]) -> CorpusEdges:
    """The actor-to-actor edges of every article, system and gold, by the articles they are in."""
    system: dict[Edge, list[str]] = {}
    gold: dict[Edge, list[str]] = {}
    for extraction, item in articles:
        mine, theirs = network_edges(extraction, item)
        for edge in mine:
            system.setdefault(edge, []).append(extraction.article.id)
        for edge in theirs:
            gold.setdefault(edge, []).append(extraction.article.id)
    return CorpusEdges(system, gold)


def score_network(articles: Iterable[tuple[Extraction, dict[str, Any]]]) -> Score:
    """The corpus-level stance network against gold: edges by source, target and sign."""
    return corpus_edges(articles).score()


def network_errors(articles: Iterable[tuple[Extraction, dict[str, Any]]]) -> list[str]:
    """The corpus network's mismatches, one line each: an edge drawn that gold lacks ("extra"),
    one gold has and the system did not draw ("missed"), with the articles it comes from.

    >>> from graph.model import Actor, Article, Stance
    >>> a = Article("03", "Ana Soto backed Rui Lopes.")
    >>> ex = Extraction(a, actors=(Actor("s", "Ana Soto", "Person"), Actor("l", "Rui Lopes", "Person")),
    ...     stances=(Stance("s", "l", "actor", "oppose", a.span(0, 25)),))
    >>> gold = {"actors": [], "stances": [
    ...     {"source": "Ana Soto", "target": "Rui Lopes", "polarity": "support", "evidence": "x"}]}
    >>> network_errors([(ex, gold)])
    ['extra edge ana soto -oppose-> rui lopes (03)', 'missed edge ana soto -support-> rui lopes (03)']
    """
    return corpus_edges(articles).errors()


def gold_pairs(
    articles_dir: Path, gold_dir: Path, read: Callable[[Path], Article]
) -> list[tuple[Article, dict[str, Any]]]:
    """Each gold file of ``gold_dir`` with its article from ``articles_dir`` (read by ``read``)."""
    if not gold_dir.is_dir():
        raise AnnotationError(f"{gold_dir}: not a folder of gold annotations")
    pairs = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        article_path = articles_dir / (gold_path.stem + ".txt")
        if not article_path.exists():
            raise AnnotationError(f"{gold_path}: no article {article_path} to score it against")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise AnnotationError(f"{gold_path}: unreadable gold file ({exc})") from None
        pairs.append((read(article_path), gold))
    if not pairs:
        raise AnnotationError(f"{gold_dir}: no gold *.json files")
    return pairs
