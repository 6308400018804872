"""Synthetic corpora of any size, in our ontology, for benchmarks and scale tests.

``synthesize(out, statements=N, seed=S)`` writes a data folder: ``actors.ttl`` (the synthetic
registry) and ``build/kg.trig`` (ontology, event types, actors and one named graph per article),
so every store opens it as it opens a built one. The shape follows a year or three of a crisis:

- speakers drawn from N/50 actors by a Zipf law (a few speak a lot, most rarely), people among
  them speaking for organisations and government bodies;
- N/10 articles of ten statements on average, published over three years (2022-2024); a
  statement is dated on its article's day or the day before (stated, resolved), on the article's
  day for lack of better (assumed), or not at all (unknown);
- quotes of 100 to 300 characters of Zipf-distributed words, direct or indirect;
- an event (praise, criticism, ...) after one statement in five, with the stance it implies,
  and a stance on one of N/100 shared claims on one statement in four.

Each article is made as model records (``graph.model.Extraction``, with all their checks) and
written as N-Triples lines by :func:`article_ntriples`, which mirrors ``rdf.extraction_to_graph``
term for term (``tests/test_synth.py`` checks the two are isomorphic) at a fraction of its cost:
rdflib's Graph and TriG serialiser are what made the old benchmark generator slow. A seed gives
the same folder byte for byte.

>>> import tempfile
>>> report = synthesize(Path(tempfile.mkdtemp()), statements=40, seed=1)
>>> (report.statements, report.articles, report.actors)
(40, 4, 10)
"""

from __future__ import annotations

import itertools
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from rdflib import RDF, RDFS, XSD
from rdflib.compare import to_canonical_graph

from graph import rdf
from graph.model import Actor, Article, Claim, DateValue, Event, Extraction, Quote, Stance
from graph.text import slugify
from graph.utterances import utterance_key
from graph.vocab import OA, PROV, SCHEMA, SEM, SG

__all__ = ["SynthReport", "article_ntriples", "synthesize", "synthetic_articles"]

_SG, _OA, _PROV, _SCHEMA, _SEM = (str(ns) for ns in (SG, OA, PROV, SCHEMA, SEM))
_RDF_TYPE = f"<{RDF.type}>"
_RDFS_COMMENT = f"<{RDFS.comment}>"
_XSD = str(XSD)
FIRST_DAY = date(2022, 1, 1)
DAYS = 3 * 365 + 1
GENERATED_AT = datetime(2025, 1, 1, tzinfo=UTC)
PER_ARTICLE = 10
# (event type, past-tense verb, polarity of the stance it implies or None)
EVENTS = (
    ("praise", "praised", "support"),
    ("congratulate", "congratulated", "support"),
    ("criticize", "criticized", "oppose"),
    ("accuse", "accused", "oppose"),
    ("threaten", "threatened", "oppose"),
    ("sanction", "sanctioned", "oppose"),
    ("consult", "met with", None),
)
_OUTLETS = tuple(f"Synthetic Daily {k}" for k in range(1, 13))
_TYPES = ("Person",) * 12 + ("Organization",) * 3 + ("GovernmentBody",) * 2 + ("Country", "Group")


@dataclass(frozen=True, slots=True)
class SynthReport:
    """What a synthetic folder holds and how long writing it took."""

    path: Path
    statements: int
    articles: int
    actors: int
    triples: int
    seconds: float
    busiest: str
    """The name of the actor who speaks most (the head of the Zipf law)."""


def synthesize(out: Path, *, statements: int, seed: int = 0) -> SynthReport:
    """Write a synthetic data folder of ``statements`` statements under ``out``."""
    if statements < 1:
        raise ValueError("a synthetic corpus needs at least one statement")
    started = time.perf_counter()
    out = Path(out)
    (out / "build").mkdir(parents=True, exist_ok=True)
    world = _World(statements, seed)
    registry = rdf.actors_to_graph(world.actors)
    registry.serialize(out / "actors.ttl", format="turtle")
    triples = 0
    target = out / "build" / "kg.trig"
    tmp = target.with_suffix(".trig.tmp")
    with tmp.open("w", encoding="utf-8") as trig:
        ds = rdf.new_dataset()
        rdf.load_ontology(ds)
        for iri in (rdf.ONTOLOGY_GRAPH, rdf.EVENT_TYPES_GRAPH):
            triples += _write_graph(trig, str(iri), _rdflib_lines(ds.graph(iri)))
        triples += _write_graph(trig, str(rdf.ACTORS_GRAPH), _rdflib_lines(registry))
        articles = 0
        for extraction in synthetic_articles(world):
            graph = str(rdf.article_graph_iri(extraction.article.id))
            triples += _write_graph(trig, graph, article_ntriples(extraction, GENERATED_AT))
            articles += 1
    tmp.replace(target)
    return SynthReport(
        out,
        statements,
        articles,
        len(world.actors),
        triples,
        time.perf_counter() - started,
        world.speaker_order[0].name,
    )


def _write_graph(out, graph: str, lines: Iterator[str] | list[str]) -> int:  # type: ignore[no-untyped-def]
    body = list(lines)
    out.write(f"<{graph}> {{\n")
    out.write("".join(body))
    out.write("}\n")
    return len(body)


def _rdflib_lines(graph) -> list[str]:  # type: ignore[no-untyped-def]
    # Canonical blank node labels, so a seed gives the same bytes.
    text = to_canonical_graph(graph).serialize(format="nt")
    return sorted(line + "\n" for line in text.splitlines() if line.strip())


# ---------------------------------------------------------------------------------------------
# The world: actors, claims, words, and the draws that shape articles


class _World:
    def __init__(self, statements: int, seed: int) -> None:
        self.statements = statements
        self.rng = random.Random(seed)
        self.words = _vocabulary(random.Random(seed + 1), 3000)
        self.word_weights = _zipf_cumulative(len(self.words), 1.05)
        self.actors = _actors(self.rng, max(10, statements // 50))
        order = list(range(len(self.actors)))
        self.rng.shuffle(order)
        self.speaker_order = [self.actors[i] for i in order]
        self.by_id = {a.id: a for a in self.actors}
        self.speaker_weights = _zipf_cumulative(len(self.actors), 1.1)
        self.claims = [
            Claim(f"synthetic-claim-{k}", self.sentence(40, 90).capitalize())
            for k in range(max(5, statements // 100))
        ]
        self.claim_weights = _zipf_cumulative(len(self.claims), 1.0)

    def speaker(self) -> Actor:
        return self.rng.choices(self.speaker_order, cum_weights=self.speaker_weights)[0]

    def claim(self) -> Claim:
        return self.rng.choices(self.claims, cum_weights=self.claim_weights)[0]

    def sentence(self, shortest: int, longest: int) -> str:
        """Words until the text is between ``shortest`` and ``longest`` characters long."""
        goal = self.rng.randint(shortest, longest)
        picked: list[str] = []
        size = -1
        while size < goal:
            # Drawn a handful at a time: one draw per word was most of synth's time.
            for word in self.rng.choices(self.words, cum_weights=self.word_weights, k=16):
                if size + 1 + len(word) > longest and size >= shortest:
                    return " ".join(picked)[:longest]
                picked.append(word)
                size += 1 + len(word)
                if size >= goal:
                    break
        return " ".join(picked)[:longest]


def _zipf_cumulative(n: int, s: float) -> list[float]:
    return list(itertools.accumulate(1.0 / (k + 1) ** s for k in range(n)))


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    onsets = ("b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "br", "st", "tr")
    vowels = ("a", "e", "i", "o", "u", "ai", "ea", "ou")
    words: dict[str, None] = {}
    while len(words) < size:
        syllables = rng.choice((1, 2, 2, 3, 3, 4))
        word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(syllables))
        words[word + rng.choice(("", "n", "s", "r", "t"))] = None
    return list(words)


def _actors(rng: random.Random, count: int) -> list[Actor]:
    """``count`` actors with unique names; about a third of the people speak for a body."""
    made: list[Actor] = []
    seen: set[str] = set()
    syllables = ("ka", "lo", "mi", "ra", "ne", "so", "ti", "va", "de", "gu", "ba", "ri", "el")
    while len(made) < count:
        kind = rng.choice(_TYPES)
        stem = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
        if kind == "Person":
            first = "".join(rng.choice(syllables) for _ in range(2)).capitalize()
            name, aliases = f"{first} {stem}", (stem,)
        else:
            name = {
                "Organization": f"{stem} Alliance",
                "GovernmentBody": f"Ministry of {stem}",
                "Country": f"Republic of {stem}",
                "Group": f"{stem} protesters",
            }[kind]
            aliases = ()
        if name in seen or slugify(name) in seen:
            continue
        seen.update((name, slugify(name)))
        made.append(Actor(slugify(name), name, kind, aliases=aliases))  # type: ignore[arg-type]
    bodies = [a.id for a in made if a.type in ("Organization", "GovernmentBody")]
    if bodies:
        made = [
            Actor(a.id, a.name, a.type, a.aliases, speaks_for=rng.choice(bodies))
            if a.type == "Person" and rng.random() < 0.3
            else a
            for a in made
        ]
    return made


# ---------------------------------------------------------------------------------------------
# Articles as records


def synthetic_articles(world: _World) -> Iterator[Extraction]:
    """The articles of ``world``, ten statements each (the last takes what remains)."""
    left = world.statements
    number = 0
    while left > 0:
        count = min(PER_ARTICLE, left)
        if left - count < PER_ARTICLE // 2:
            count = left
        yield _article(world, f"synth-{number:07d}", count)
        left -= count
        number += 1


def _article(world: _World, article_id: str, count: int) -> Extraction:
    rng = world.rng
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    lines: list[str] = []
    offset = 0
    parts: list[tuple] = []  # (line offset, speaker, quote slice, kind, said_on, event)
    for i in range(count):
        speaker = world.speaker()
        words = world.sentence(100, 300)
        direct = rng.random() < 0.6
        line = (
            f"{speaker.name} said: “{words}.”" if direct else f"{speaker.name} said that {words}."
        )
        q_start = offset + len(speaker.name) + (8 if direct else 11)
        event = None
        if i % 5 == 4:
            other = world.speaker()
            while other.id == speaker.id:
                other = rng.choice(world.actors)
            kind, verb, polarity = rng.choice(EVENTS)
            deed = f"{speaker.name} {verb} {other.name}"
            event = (offset + len(line) + 1, deed, kind, other, polarity)
            line += f" {deed}."
        parts.append(
            (offset, speaker, (q_start, q_start + len(words)), direct, _said_on(rng, day), event)
        )
        lines.append(line)
        offset += len(line) + 1
    text = "\n".join(lines) + "\n"
    article = Article(
        article_id,
        text,
        title=world.sentence(30, 70).capitalize(),
        outlet=rng.choice(_OUTLETS),
        url=f"https://news.example.org/{article_id}",
        published=DateValue(day, "stated"),
    )
    return _records(world, article, parts)


def _said_on(rng: random.Random, day: date) -> DateValue:
    draw = rng.random()
    if draw < 0.45:
        return DateValue(day, "stated")
    if draw < 0.7:
        return DateValue(day - timedelta(days=1), "resolved")
    if draw < 0.9:
        return DateValue(day, "assumed")
    return DateValue()


def _records(world: _World, article: Article, parts: list[tuple]) -> Extraction:
    """The records of an article's lines: quotes, claim stances, events and the stances they
    imply, and the actors with every span naming them."""
    mentions: dict[str, list] = {}  # actor id -> spans naming the actor
    quotes: list[Quote] = []
    events: list[Event] = []
    stances: list[Stance] = []
    claims: dict[str, Claim] = {}
    for line_start, speaker, (q_start, q_end), direct, said_on, event in parts:
        mentions.setdefault(speaker.id, []).append(
            article.span(line_start, line_start + len(speaker.name))
        )
        quote = Quote(
            speaker.id,
            article.span(q_start, q_end),
            "direct" if direct else "indirect",
            said_on=said_on,
            cue="said",
            confidence=0.9 if direct else 0.75,
        )
        quotes.append(quote)
        if world.rng.random() < 0.25:
            claim = world.claim()
            claims[claim.id] = claim
            polarity = "support" if world.rng.random() < 0.55 else "oppose"
            # Positional: source, target, kind, polarity, span, date, basis, confidence.
            stances.append(
                Stance(speaker.id, claim.id, "claim", polarity, quote.span, said_on, quote.key, 0.7)
            )
        if event is not None:
            found = _event(article, speaker, said_on, event, mentions)
            events.append(found)
            if event[4] is not None:  # the polarity the event implies
                target = found.targets[0]
                stances.append(
                    Stance(
                        speaker.id, target, "actor", event[4], found.span, said_on, found.key, 0.8
                    )
                )
    actors = tuple(
        Actor(a.id, a.name, a.type, a.aliases, a.speaks_for, mentions=tuple(mentions[a.id]))
        for a in (world.by_id[i] for i in sorted(mentions))
    )
    return rdf.canonical(
        Extraction(
            article, actors, tuple(quotes), tuple(events), tuple(claims.values()), tuple(stances)
        )
    )


def _event(
    article: Article, speaker: Actor, said_on: DateValue, event: tuple, mentions: dict
) -> Event:
    """The event of a line ("A criticized B"), its two actors' names added to ``mentions``."""
    e_start, deed, kind, other, _ = event
    span = article.span(e_start, e_start + len(deed))
    other_at = e_start + len(deed) - len(other.name)
    mentions[speaker.id].append(article.span(e_start, e_start + len(speaker.name)))
    mentions.setdefault(other.id, []).append(article.span(other_at, other_at + len(other.name)))
    return Event(
        kind, span, actors=(speaker.id,), targets=(other.id,), date=said_on, confidence=0.8
    )


# ---------------------------------------------------------------------------------------------
# Records -> N-Triples lines (the mapping of rdf.extraction_to_graph, for registry actors)


def _lit(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


def _typed(value: object, kind: str) -> str:
    return f'"{value}"^^<{_XSD}{kind}>'


def _decimal(value: float) -> str:
    return _typed(format(Decimal(repr(float(value))), "f"), "decimal")


def article_ntriples(extraction: Extraction, generated_at: datetime) -> list[str]:
    """The article graph of ``extraction`` as N-Triples lines, every actor a registry actor.

    The same triples as ``rdf.extraction_to_graph(extraction, generated_at=...,
    registry_ids=<every actor>)`` (a test checks it), written without rdflib.
    """
    article = extraction.article
    aid = article.id
    node = f"<{rdf.article_iri(aid)}>"
    out: list[str] = []
    add = out.append
    add(f"{node} {_RDF_TYPE} <{_SG}Article> .\n")
    add(f"{node} <{_SG}text> {_lit(article.text)} .\n")
    add(f"{node} <{_SG}sha256> {_lit(article.sha256)} .\n")
    for pred, value in (
        (f"{_SCHEMA}headline", article.title),
        (f"{_SG}outlet", article.outlet),
        (f"{_SG}dateline", article.dateline),
    ):
        if value is not None:
            add(f"{node} <{pred}> {_lit(value)} .\n")
    if article.url is not None:
        add(f"{node} <{_SCHEMA}url> {_typed(article.url, 'anyURI')} .\n")
    _date_lines(add, node, article.published)
    graph = f"<{rdf.article_graph_iri(aid)}>"
    add(f"{graph} <{_PROV}wasDerivedFrom> {node} .\n")
    add(f"{graph} <{_PROV}generatedAtTime> {_typed(generated_at.isoformat(), 'dateTime')} .\n")
    add(f"{graph} <{_SG}method> {_lit(extraction.method)} .\n")
    for note in extraction.notes:
        add(f"{graph} {_RDFS_COMMENT} {_lit(note)} .\n")
    for actor in extraction.actors:
        who = f"<{rdf.actor_iri(actor.id)}>"
        if not actor.mentions:
            add(f"{node} <{_SCHEMA}mentions> {who} .\n")
        for span in actor.mentions:
            mention = f"<{rdf.fact_iri(aid, f'mention-{span.start}-{span.end}')}>"
            add(f"{mention} <{_SG}refersTo> {who} .\n")
            _offset_lines(add, mention, span)
            add(f"{mention} <{_OA}hasSource> {node} .\n")
    for claim in extraction.claims:
        iri = f"<{rdf.claim_iri(claim.id)}>"
        add(f"{iri} {_RDF_TYPE} <{_SG}Claim> .\n")
        add(f"{iri} <{_SG}claimText> {_lit(claim.text)} .\n")
    _fact_lines(add, extraction, node)
    return out


def _fact_lines(add, extraction: Extraction, node: str) -> None:  # type: ignore[no-untyped-def]
    aid = extraction.article.id
    for q in extraction.quotes:
        fact = _fact_head(add, aid, q.key, "Statement", q.span, q.confidence, node, exact=False)
        add(f"{fact} <{_SG}speaker> <{rdf.actor_iri(q.speaker)}> .\n")
        add(f"{fact} <{_SG}content> {_lit(q.text)} .\n")
        add(f"{fact} <{_SG}quoteKind> {_lit(q.kind)} .\n")
        said = f"<{rdf.utterance_iri(utterance_key(q.speaker, q.text))}>"
        add(f"{fact} <{_SG}utterance> {said} .\n")
        if q.cue is not None:
            add(f"{fact} <{_SG}cue> {_lit(q.cue)} .\n")
        if q.audience is not None:
            add(f"{fact} <{_SG}audience> {_lit(q.audience)} .\n")
        _date_lines(add, fact, q.said_on)
    for e in extraction.events:
        fact = _fact_head(add, aid, e.key, "Event", e.span, e.confidence, node)
        add(f"{fact} <{_SG}eventType> <{rdf.event_type_iri(e.type)}> .\n")
        for actor_id in e.actors:
            add(f"{fact} <{_SG}agent> <{rdf.actor_iri(actor_id)}> .\n")
        for actor_id in e.targets:
            add(f"{fact} <{_SG}target> <{rdf.actor_iri(actor_id)}> .\n")
        if e.place is not None:
            add(f"{fact} <{_SG}place> {_lit(e.place)} .\n")
        _date_lines(add, fact, e.date)
    for s in extraction.stances:
        fact = _fact_head(add, aid, s.key, "Stance", s.span, s.confidence, node)
        add(f"{fact} <{_SG}source> <{rdf.actor_iri(s.source)}> .\n")
        target = rdf.actor_iri(s.target) if s.target_kind == "actor" else rdf.claim_iri(s.target)
        add(f"{fact} <{_SG}stanceTarget> <{target}> .\n")
        add(f"{fact} <{_SG}polarity> {_lit(s.polarity)} .\n")
        if s.basis is not None:
            add(f"{fact} <{_SG}basis> <{rdf.fact_iri(aid, s.basis)}> .\n")
        _date_lines(add, fact, s.date)


def _fact_head(
    add, aid: str, key: str, cls: str, span, confidence: float, node: str, exact: bool = True
) -> str:  # type: ignore[no-untyped-def]
    fact = f"<{rdf.fact_iri(aid, key)}>"
    add(f"{fact} {_RDF_TYPE} <{_SG}{cls}> .\n")
    add(f"{fact} <{_SG}sourceArticle> {node} .\n")
    add(f"{fact} <{_SG}confidence> {_decimal(confidence)} .\n")
    span_node = f"<{rdf.fact_iri(aid, key)}/span>"
    add(f"{fact} <{_SG}span> {span_node} .\n")
    _offset_lines(add, span_node, span)
    if exact:
        add(f"{span_node} <{_OA}exact> {_lit(span.text)} .\n")
    return fact


def _offset_lines(add, subject: str, span) -> None:  # type: ignore[no-untyped-def]
    add(f"{subject} <{_OA}start> {_typed(span.start, 'nonNegativeInteger')} .\n")
    add(f"{subject} <{_OA}end> {_typed(span.end, 'nonNegativeInteger')} .\n")


def _date_lines(add, node: str, value: DateValue) -> None:  # type: ignore[no-untyped-def]
    add(f"{node} <{_SG}dateCertainty> <{_SG}{value.certainty.capitalize()}> .\n")
    if value.value is not None:
        add(f"{node} <{_SG}date> {_typed(value.value.isoformat(), 'date')} .\n")
    if value.earliest is not None:
        add(f"{node} <{_SEM}hasEarliestBeginTimeStamp> {_typed(value.earliest, 'date')} .\n")
    if value.latest is not None:
        add(f"{node} <{_SEM}hasLatestEndTimeStamp> {_typed(value.latest, 'date')} .\n")
    if value.note is not None:
        add(f"{node} <{_SG}dateNote> {_lit(value.note)} .\n")
