"""The records of stancegraph: frozen, typed dataclasses shared by every layer.

Nothing here does I/O or knows about RDF. A ``Span`` always slices back to its text, and an
``Extraction`` checks every span against its article when it is made.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

__all__ = [
    "BODY_TYPES",
    "Actor",
    "ActorType",
    "Article",
    "Claim",
    "DateCertainty",
    "DateValue",
    "Event",
    "Extraction",
    "Method",
    "Polarity",
    "Quote",
    "QuoteKind",
    "Span",
    "Stance",
]

ActorType = Literal["Person", "Organization", "GovernmentBody", "Country", "Group"]
DateCertainty = Literal["stated", "resolved", "inferred", "assumed", "unknown"]
QuoteKind = Literal["direct", "indirect"]
Polarity = Literal["support", "oppose"]
Method = Literal["curated", "automatic"]
TargetKind = Literal["actor", "claim"]

ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)
BODY_TYPES: frozenset[str] = frozenset({"Organization", "GovernmentBody", "Group"})
"""The actor types of bodies: organisations, government bodies and groups (not people or
countries)."""
DATE_CERTAINTIES: tuple[str, ...] = get_args(DateCertainty)
QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)
POLARITIES: tuple[str, ...] = get_args(Polarity)


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ValueError(f"{name} {value!r} is not one of {', '.join(choices)}")


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date with how sure we are of it.

    ``stated``: printed in the text; ``resolved``: computed from a relative expression ("on
    Wednesday") against the publication date; ``inferred``: set by a curator, ``note`` says why;
    ``assumed``: the publication date, for lack of anything better; ``unknown``: no date, perhaps
    with ``earliest``/``latest`` bounds.

    >>> DateValue(date(2024, 7, 28), "stated").iso
    '2024-07-28'
    >>> DateValue().iso is None
    True
    """

    value: date | None = None
    certainty: DateCertainty = "unknown"
    earliest: date | None = None
    latest: date | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        _check_choice("date certainty", self.certainty, DATE_CERTAINTIES)
        if (self.value is None) != (self.certainty == "unknown"):
            raise ValueError(
                f"a date {self.value} cannot have certainty {self.certainty!r}: "
                "only an unknown date has no value"
            )
        if self.earliest and self.latest and self.earliest > self.latest:
            raise ValueError(f"earliest {self.earliest} is after latest {self.latest}")
        if self.value is not None:
            if self.earliest and self.value < self.earliest:
                raise ValueError(f"date {self.value} is before its earliest bound {self.earliest}")
            if self.latest and self.value > self.latest:
                raise ValueError(f"date {self.value} is after its latest bound {self.latest}")

    @property
    def iso(self) -> str | None:
        return self.value.isoformat() if self.value else None

    @property
    def known(self) -> bool:
        return self.value is not None


UNKNOWN_DATE = DateValue()


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` into an article's text, and the text they cover."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"span [{self.start}, {self.end}) is not an interval")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span [{self.start}, {self.end}) has {len(self.text)} characters of text"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``.

        >>> Span.of("Maduro said no.", 0, 6)
        Span(start=0, end=6, text='Maduro')
        """
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span [{start}, {end}) lies outside a text of {len(text)} characters")
        return cls(start, end, text[start:end])

    def fits(self, text: str) -> bool:
        """Whether this span slices back to its text in ``text``."""
        return self.end <= len(text) and text[self.start : self.end] == self.text

    def overlap(self, other: Span) -> int:
        return self.overlap_len((other.start, other.end))

    def overlap_len(self, other: tuple[int, int]) -> int:
        """Characters shared with the interval ``other``."""
        return max(0, min(self.end, other[1]) - max(self.start, other[0]))


@dataclass(frozen=True, slots=True)
class Article:
    """A source document: its text and what is known of where and when it appeared."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    dateline: str | None = None
    published: DateValue = UNKNOWN_DATE
    path: str | None = None
    author: str | None = None
    """The byline as the page or sidecar gives it (one or more names), stored as ``dc:creator``."""

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("an article needs an id")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def find(self, exact: str, after: int = 0) -> Span:
        """The span of the first occurrence of ``exact`` at or after ``after``.

        >>> Article("a", "He said yes. He said no.").find("He said", after=1)
        Span(start=13, end=20, text='He said')
        """
        start = self.text.find(exact, after)
        if start < 0 or not exact:
            raise ValueError(f"{exact[:60]!r} does not occur in article {self.id!r}")
        return Span(start, start + len(exact), exact)


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, government body, organisation, country or group that speaks or acts.

    ``id`` is a stable slug of the canonical name; ``speaks_for`` is the id of the actor a
    spokesperson speaks for; ``mentions`` are the spans naming the actor in one article.
    """

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    speaks_for: str | None = None
    wikidata: str | None = None
    description: str | None = None
    mentions: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        _check_choice("actor type", self.type, ACTOR_TYPES)
        if not self.id or not self.name:
            raise ValueError("an actor needs an id and a name")
        if self.wikidata is not None and not (
            self.wikidata.startswith("Q") and self.wikidata[1:].isdigit()
        ):
            raise ValueError(f"wikidata id {self.wikidata!r} is not of the form Q123")

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Quote:
    """A statement: who said what (``span``: the reported content, no quotation marks), when."""

    speaker: str
    span: Span
    kind: QuoteKind
    said_on: DateValue = UNKNOWN_DATE
    cue: str | None = None
    audience: str | None = None
    confidence: float = 1.0

    def __post_init__(self) -> None:
        _check_choice("quote kind", self.kind, QUOTE_KINDS)
        _check_confidence(self.confidence)

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def key(self) -> str:
        """Identifies the quote within its article (two speakers may share the same words)."""
        return f"statement-{self.span.start}-{self.span.end}-{self.speaker}"


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened: a scheme type, its participants, date and evidence."""

    type: str
    span: Span
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    date: DateValue = UNKNOWN_DATE
    place: str | None = None
    confidence: float = 1.0

    def __post_init__(self) -> None:
        if not self.type:
            raise ValueError("an event needs a type")
        _check_confidence(self.confidence)

    @property
    def participants(self) -> tuple[str, ...]:
        return (*self.actors, *(t for t in self.targets if t not in self.actors))

    @property
    def key(self) -> str:
        return f"event-{self.type}-{self.span.start}-{self.span.end}"


@dataclass(frozen=True, slots=True)
class Claim:
    """A proposition or issue that actors assert, dispute, support or oppose."""

    id: str
    text: str

    def __post_init__(self) -> None:
        if not self.id or not self.text:
            raise ValueError("a claim needs an id and a text")


@dataclass(frozen=True, slots=True)
class Stance:
    """``source`` supports or opposes ``target`` (an actor id or a claim id), with evidence.

    ``basis`` is the ``key`` of the quote or event the stance is drawn from, if any.
    """

    source: str
    target: str
    target_kind: TargetKind
    polarity: Polarity
    span: Span
    date: DateValue = UNKNOWN_DATE
    basis: str | None = None
    confidence: float = 1.0

    def __post_init__(self) -> None:
        _check_choice("polarity", self.polarity, POLARITIES)
        _check_choice("stance target kind", self.target_kind, ("actor", "claim"))
        _check_confidence(self.confidence)

    @property
    def sign(self) -> int:
        return 1 if self.polarity == "support" else -1

    @property
    def key(self) -> str:
        where = f"{self.span.start}-{self.span.end}"
        return f"stance-{self.source}-{self.polarity}-{self.target}-{where}"


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything found in one article. Checks that every span and every reference holds."""

    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    stances: tuple[Stance, ...] = ()
    method: Method = "automatic"
    notes: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        _check_choice("method", self.method, ("curated", "automatic"))
        text = self.article.text
        actor_ids = {a.id for a in self.actors}
        claim_ids = {c.id for c in self.claims}
        keys = {q.key for q in self.quotes} | {e.key for e in self.events}

        def need_actor(actor_id: str, where: str) -> None:
            if actor_id not in actor_ids:
                raise ValueError(f"{where} names actor {actor_id!r}, which is not among the actors")

        for actor in self.actors:
            for span in actor.mentions:
                _check_span(span, text, f"a mention of {actor.id}")
        for quote in self.quotes:
            _check_span(quote.span, text, "a quote")
            need_actor(quote.speaker, f"quote {quote.text[:40]!r}")
        for event in self.events:
            _check_span(event.span, text, f"a {event.type} event")
            for actor_id in event.participants:
                need_actor(actor_id, f"event {event.key}")
        for stance in self.stances:
            _check_span(stance.span, text, "a stance")
            need_actor(stance.source, f"stance {stance.key}")
            if stance.target_kind == "actor":
                need_actor(stance.target, f"stance {stance.key}")
            elif stance.target not in claim_ids:
                raise ValueError(f"stance {stance.key} targets unknown claim {stance.target!r}")
            if stance.basis is not None and stance.basis not in keys:
                raise ValueError(f"stance {stance.key} rests on unknown {stance.basis!r}")

    def actor(self, actor_id: str) -> Actor:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def claim(self, claim_id: str) -> Claim:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)


def _check_span(span: Span, text: str, what: str) -> None:
    if not span.fits(text):
        found = text[span.start : span.end]
        raise ValueError(
            f"{what} at [{span.start}, {span.end}) reads {found[:50]!r} in the article, "
            f"not {span.text[:50]!r}"
        )


def _check_confidence(value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence {value} is not between 0 and 1")
