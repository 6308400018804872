"""The extraction JSON contract shared by the CLI, the app and the evaluation."""

from __future__ import annotations

from typing import Any

from graph.model import Article, Event, Extraction, Quote, Stance

__all__ = ["to_contract"]


def to_contract(extraction: Extraction) -> dict[str, Any]:
    """The extraction as the documented JSON object (speaker and actors by canonical name)."""
    names = {a.id: a.name for a in extraction.actors}
    claims = {c.id: c.text for c in extraction.claims}
    return {
        "article": _article(extraction.article),
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "type": a.type,
                "aliases": list(a.aliases),
                "mentions": [[m.start, m.end] for m in a.mentions],
            }
            for a in extraction.actors
        ],
        "quotes": [_quote(q, names) for q in extraction.quotes],
        "events": [_event(e, names) for e in extraction.events],
        "stances": [_stance(s, names, claims) for s in extraction.stances],
        "notes": list(extraction.notes),
    }


def _article(article: Article) -> dict[str, Any]:
    return {
        "path": article.path,
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "dateline": article.dateline,
        "published": article.published.iso,
        "published_certainty": article.published.certainty,
        "sha256": article.sha256,
    }


def _quote(q: Quote, names: dict[str, str]) -> dict[str, Any]:
    return {
        "speaker": names[q.speaker],
        "speaker_id": q.speaker,
        "text": q.text,
        "start": q.span.start,
        "end": q.span.end,
        "kind": q.kind,
        "cue": q.cue,
        "audience": q.audience,
        "said_on": q.said_on.iso,
        "date_certainty": q.said_on.certainty,
        "confidence": q.confidence,
    }


def _event(e: Event, names: dict[str, str]) -> dict[str, Any]:
    return {
        "type": e.type,
        "actors": [names[a] for a in e.actors],
        "targets": [names[t] for t in e.targets],
        "date": e.date.iso,
        "date_certainty": e.date.certainty,
        "start": e.span.start,
        "end": e.span.end,
        "evidence": e.span.text,
        "confidence": e.confidence,
    }


def _stance(s: Stance, names: dict[str, str], claims: dict[str, str]) -> dict[str, Any]:
    return {
        "source": names[s.source],
        "target": names[s.target] if s.target_kind == "actor" else claims[s.target],
        "target_kind": s.target_kind,
        "polarity": s.polarity,
        "start": s.span.start,
        "end": s.span.end,
        "evidence": s.span.text,
        "date": s.date.iso,
        "confidence": s.confidence,
    }
