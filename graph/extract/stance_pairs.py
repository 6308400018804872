"""Stances the learned model reads between two actors named in one sentence.

For every pair of actor mentions in a sentence (two different actors), the model gives none,
support or oppose and the direction, with a confidence. ``combine`` then merges them with the
rule stances: a rule stance between the same two actors in the same sentence stands (the rules
are the more precise where they fire), and a model stance is kept only above a threshold, when
no verb linking the two actors is negated (the training data hold too few negations), and when
neither is only what happened to someone ("condemned the arrest of X" is no stance on X).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span
from graph.extract.stance_features import (
    negated_link,
    patient_link,
    read_sentence,
    token_range,
)
from graph.extract.stance_model import StanceModel
from graph.model import DateValue, Quote, Span, Stance

__all__ = ["MAX_MENTIONS", "MIN_CONFIDENCE", "combine", "model_stances"]

MIN_CONFIDENCE = 0.5
"""A model stance below this confidence is not kept (tuned on DSE valid, study half)."""
MAX_MENTIONS = 8
"""Sentences naming more actors than this (lists, tables) are read for their first ones only."""


def model_stances(
    doc: Any,
    text: str,
    table: ActorTable,
    quotes: Iterable[Quote],
    model: StanceModel,
    min_confidence: float = MIN_CONFIDENCE,
) -> list[Stance]:
    """The model's stances between actors named in the same sentence, best first per pair."""
    direct = [q for q in quotes if q.kind == "direct"]
    out: dict[tuple[str, str, int], Stance] = {}
    for sent in doc.sents:
        mentions = _mentions(doc, sent, table)
        if len({actor for _, actor in mentions}) < 2:
            continue
        view = read_sentence(sent)
        for i, (r1, a1) in enumerate(mentions):
            for r2, a2 in mentions[i + 1 :]:
                if a1 == a2 or (r1[0] < r2[1] and r2[0] < r1[1]):
                    continue
                read = model.pair(view, r1, r2)
                if read.polarity is None or read.confidence < min_confidence:
                    continue
                if negated_link(view, r1, r2) or patient_link(view, r1, r2):
                    continue
                source, target = (a1, a2) if read.forward else (a2, a1)
                quote = _quote_of(direct, doc[r1[0]].idx, doc[r2[0]].idx)
                start, end = evidence_span(sent.root, None)
                stance = Stance(
                    source,
                    target,
                    "actor",
                    read.polarity,  # type: ignore[arg-type]
                    Span.of(text, start, end),
                    quote.said_on if quote is not None else DateValue(),
                    quote.key if quote is not None else None,
                    round(read.confidence, 3),
                )
                key = (source, target, sent.start)
                if key not in out or out[key].confidence < stance.confidence:
                    out[key] = stance
    return list(out.values())


def _mentions(doc: Any, sent: Any, table: ActorTable) -> list[tuple[tuple[int, int], str]]:
    """(token range, actor id) of the actor mentions in ``sent``, in reading order."""
    found = []
    for start, end, key in table.keys_in(sent.start_char, sent.end_char):
        span = token_range(doc, start, end)
        if span is not None and sent.start <= span[0] < sent.end:
            found.append((span, table.id_of(key)))
    return found[:MAX_MENTIONS]


def _quote_of(quotes: list[Quote], *offsets: int) -> Quote | None:
    """The direct quotation holding a mention, whose speaker and date the stance takes."""
    return next((q for q in quotes if any(q.span.start <= o < q.span.end for o in offsets)), None)


def combine(rules: list[Stance], learned: list[Stance]) -> list[Stance]:
    """Rule stances, plus the model's between pairs of actors no rule relates in that sentence."""
    covered = {
        (frozenset((s.source, s.target)), s.span.start) for s in rules if s.target_kind == "actor"
    }
    spans = [(s.span.start, s.span.end) for s in rules if s.target_kind == "actor"]
    kept = list(rules)
    for stance in learned:
        pair = frozenset((stance.source, stance.target))
        same = any(
            (pair, start) in covered
            for start, end in spans
            if start < stance.span.end and stance.span.start < end
        )
        if not same:
            kept.append(stance)
    return sorted(kept, key=lambda s: (s.span.start, s.key))
