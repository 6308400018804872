"""The frozen rows the query facade returns. Every fact row carries its provenance: the article id,
the character offsets ``start``/``end`` of its evidence and, where useful, the exact text there."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ActorProfile",
    "ActorSummary",
    "ArticleRow",
    "ClaimPosition",
    "ClaimRow",
    "StanceRow",
    "StatementRow",
    "TimelineRow",
]


@dataclass(frozen=True, slots=True)
class StatementRow:
    """Who said what, when, and where in which article it is reported."""

    speaker: str
    speaker_id: str
    text: str
    kind: str
    cue: str | None
    said_on: str | None
    date_certainty: str
    article: str
    start: int
    end: int
    confidence: float
    exact: str


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """A dated statement or event; ``type`` is the event type notation or ``"statement"``."""

    date: str | None
    date_certainty: str
    kind: str
    type: str
    actors: tuple[str, ...]
    text: str
    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class StanceRow:
    """``source`` supports (+1) or opposes (-1) ``target``, an actor or a claim."""

    source: str
    source_id: str
    target: str
    target_id: str
    target_kind: str
    polarity: str
    sign: int
    date: str | None
    date_certainty: str
    evidence: str
    basis_text: str | None
    article: str
    start: int
    end: int
    confidence: float


@dataclass(frozen=True, slots=True)
class ActorSummary:
    """An actor as completion lists need it."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    speaks_for: str | None


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """Everything the graph says about one actor, in counts and names."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    speaks_for: str | None
    statements: int
    events: int
    stances: int
    first_seen: str | None
    last_seen: str | None
    supports: tuple[str, ...]
    opposes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClaimPosition:
    """One actor's position on a claim, with the evidence for it."""

    actor: str
    actor_id: str
    evidence: str
    date: str | None
    article: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim, who asserts it and who disputes it; contested when both sides exist."""

    id: str
    text: str
    asserted_by: tuple[ClaimPosition, ...]
    disputed_by: tuple[ClaimPosition, ...]

    @property
    def contested(self) -> bool:
        return bool(self.asserted_by) and bool(self.disputed_by)


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An article's text and metadata, for showing evidence in context."""

    id: str
    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    certainty: str
