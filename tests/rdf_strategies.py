"""Hypothesis strategies for valid ``Extraction`` records (shared by the RDF and SHACL tests).

Everything the records allow is drawn, unicode text and identifiers included, except where the
SHACL shapes are stricter than the records (``shacl_valid=True``): then every event has a
participant, as the shapes require.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from graph.model import (
    ACTOR_TYPES,
    QUOTE_KINDS,
    Actor,
    Article,
    Claim,
    DateValue,
    Event,
    Extraction,
    Quote,
    Span,
    Stance,
)

EVENT_TYPES = (
    "make_statement", "appeal", "consult", "praise", "congratulate", "criticize", "accuse",
    "demand", "reject", "threaten", "protest", "arrest", "order_arrest", "censor", "repress",
    "use_force", "sanction", "hold_election", "announce_result",
)  # fmt: skip
"""The event type strings of the common ground, in the order it lists them."""

words = st.text(min_size=1, max_size=12)
maybe_words = st.none() | st.text(max_size=12)
confidences = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def date_values(draw: st.DrawFn) -> DateValue:
    certainty = draw(st.sampled_from(("stated", "resolved", "inferred", "assumed", "unknown")))
    value = None if certainty == "unknown" else draw(days)
    anchor = value or draw(days)
    earliest = draw(st.none() | st.integers(0, 400).map(lambda n: anchor - timedelta(days=n)))
    latest = draw(st.none() | st.integers(0, 400).map(lambda n: anchor + timedelta(days=n)))
    return DateValue(value, certainty, earliest, latest, draw(maybe_words))


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span.of(text, start, end)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    return Article(
        id=draw(words),
        text=draw(st.text(min_size=1, max_size=80)),
        title=draw(maybe_words),
        outlet=draw(maybe_words),
        url=draw(st.none() | st.just("https://news.example/a?b=1&c=ü")),
        dateline=draw(maybe_words),
        published=draw(date_values()),
    )


@st.composite
def extractions(draw: st.DrawFn, *, shacl_valid: bool = False) -> Extraction:
    article = draw(articles())
    text = article.text
    ids = draw(st.lists(words, min_size=1, max_size=4, unique=True))
    actors = []
    for actor_id in ids:
        others = [i for i in ids if i != actor_id]
        actors.append(
            Actor(
                id=actor_id,
                name=draw(words),
                type=draw(st.sampled_from(ACTOR_TYPES)),
                aliases=tuple(draw(st.lists(words, max_size=3, unique=True))),
                speaks_for=draw(st.none() | st.sampled_from(others)) if others else None,
                wikidata=draw(st.none() | st.integers(1, 10**8).map(lambda n: f"Q{n}")),
                description=draw(maybe_words),
                mentions=tuple(draw(st.lists(spans(text), max_size=3))),
            )
        )
    claims = [Claim(i, draw(words)) for i in draw(st.lists(words, max_size=2, unique=True))]

    quotes: dict[str, Quote] = {}
    for _ in range(draw(st.integers(0, 3))):
        quote = Quote(
            speaker=draw(st.sampled_from(ids)),
            span=draw(spans(text)),
            kind=draw(st.sampled_from(QUOTE_KINDS)),
            said_on=draw(date_values()),
            cue=draw(maybe_words),
            audience=draw(maybe_words),
            confidence=draw(confidences),
        )
        quotes.setdefault(quote.key, quote)

    events: dict[str, Event] = {}
    for _ in range(draw(st.integers(0, 3))):
        agents = draw(st.lists(st.sampled_from(ids), max_size=3, min_size=1 if shacl_valid else 0))
        event = Event(
            type=draw(st.sampled_from(EVENT_TYPES)),
            span=draw(spans(text)),
            actors=tuple(agents),
            targets=tuple(draw(st.lists(st.sampled_from(ids), max_size=2))),
            date=draw(date_values()),
            place=draw(maybe_words),
            confidence=draw(confidences),
        )
        events.setdefault(event.key, event)

    keys = [*quotes, *events]
    stances: dict[str, Stance] = {}
    for _ in range(draw(st.integers(0, 3))):
        kind = "claim" if claims and draw(st.booleans()) else "actor"
        target = draw(st.sampled_from([c.id for c in claims] if kind == "claim" else ids))
        stance = Stance(
            source=draw(st.sampled_from(ids)),
            target=target,
            target_kind=kind,
            polarity=draw(st.sampled_from(("support", "oppose"))),
            span=draw(spans(text)),
            date=draw(date_values()),
            basis=draw(st.none() | st.sampled_from(keys)) if keys else None,
            confidence=draw(confidences),
        )
        stances.setdefault(stance.key, stance)

    return Extraction(
        article=article,
        actors=tuple(actors),
        quotes=tuple(quotes.values()),
        events=tuple(events.values()),
        claims=tuple(claims),
        stances=tuple(stances.values()),
        method=draw(st.sampled_from(("curated", "automatic"))),
        notes=tuple(draw(st.lists(words, max_size=2))),
    )
