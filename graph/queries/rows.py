"""The frozen rows the query facade returns: thin views of the model's records as stored.

Actors and articles come back as the model's own ``Actor`` and ``Article``. A fact row names its
actors (id and display name) and carries its provenance: the article id, the character offsets
``start``/``end`` of its evidence and, where useful, the exact text there. Dates are
``datetime.date`` (or None when unknown); ISO text appears only where rows are written out
(``graph.queries.serialize``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = [
    "ActorProfile",
    "ClaimPage",
    "ClaimPosition",
    "ClaimRow",
    "ClaimSide",
    "ClaimSummary",
    "Ref",
    "StanceEdge",
    "StanceRow",
    "StanceSummary",
    "StatementRow",
    "TimelineRow",
]


@dataclass(frozen=True, slots=True)
class StatementRow:
    """Who said what, when, and where in which article it is reported.

    ``reports`` counts the articles reporting the same utterance (``graph.queries.reports``),
    ``outlets`` names their outlets, earliest first, and ``first_reported`` is the earliest of
    their publication days.
    """

    speaker: str
    speaker_id: str
    text: str
    kind: str
    cue: str | None
    said_on: date | None
    date_certainty: str
    article: str
    start: int
    end: int
    confidence: float
    exact: str
    reports: int = 1
    outlets: tuple[str, ...] = ()
    first_reported: date | None = None


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """A dated statement or event; ``type`` is the event type notation or ``"statement"``."""

    date: date | None
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
    date: date | None
    date_certainty: str
    evidence: str
    basis_text: str | None
    article: str
    start: int
    end: int
    confidence: float


@dataclass(frozen=True, slots=True)
class StanceEdge:
    """Every stance of ``source`` on ``target`` with one polarity, each utterance counted once.

    ``stances`` is how many, ``first``/``last`` the days they are dated (None when none is),
    ``undated`` how many are not, and ``evidence`` up to two of them (stance IRIs): what the
    network is built from without reading every stance (``Queries.stances`` gives them all).
    """

    source: str
    source_id: str
    target: str
    target_id: str
    target_kind: str
    polarity: str
    sign: int
    stances: int
    first: date | None
    last: date | None
    undated: int
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Ref:
    """A named pointer to an actor or a claim: pages link by ``id`` and show ``name``."""

    id: str
    name: str
    kind: str = "actor"


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
    first_seen: date | None
    last_seen: date | None
    supports: tuple[Ref, ...]
    opposes: tuple[Ref, ...]


@dataclass(frozen=True, slots=True)
class ClaimPosition:
    """One actor's position on a claim, with the evidence for it."""

    actor: str
    actor_id: str
    evidence: str
    date: date | None
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
class StanceSummary:
    """How many stances an actor takes, the days of those it takes or draws, and whom (or
    which claims) it supports and opposes."""

    taken: int
    days: tuple[date, ...]
    supports: tuple[Ref, ...]
    opposes: tuple[Ref, ...]


@dataclass(frozen=True, slots=True)
class ClaimSide:
    """One actor's positions on one side of a claim (each utterance counted once)."""

    actor: str
    actor_id: str
    positions: int
    first: date | None
    last: date | None


@dataclass(frozen=True, slots=True)
class ClaimSummary:
    """A claim and, per side, who takes it and how often (``ClaimRow`` without the evidence)."""

    id: str
    text: str
    asserted_by: tuple[ClaimSide, ...]
    disputed_by: tuple[ClaimSide, ...]

    @property
    def contested(self) -> bool:
        return bool(self.asserted_by) and bool(self.disputed_by)


@dataclass(frozen=True, slots=True)
class ClaimPage:
    """Up to ``limit`` claims in id order after a given one; ``more`` if others follow;
    ``total`` the claims of the whole answer."""

    rows: tuple[ClaimSummary, ...]
    more: bool
    total: int
