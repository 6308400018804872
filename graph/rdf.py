"""Extraction <-> RDF: the only place that knows how records become triples and back.

The mapping is the one of docs/architecture.md. Every IRI is derived from the records alone, so
building the same extraction twice gives the same triples (no blank nodes anywhere). Identifier
parts are percent-encoded (``urllib.parse.quote``), which leaves slugs untouched.

Two additions to the documented mapping keep the round trip exact: ``<article> schema:mentions
<actor>`` lists every actor of the extraction (also those neither mentioned nor taking part in a
fact), and the extraction's notes are ``rdfs:comment`` of the article graph's IRI.

RDF has no order, so :func:`graph_to_extraction` returns the *canonical* form of an extraction
(see :func:`canonical`): actors and claims sorted by id, aliases sorted, mentions by (start, end),
quotes by (span, speaker), events by (span, type), event actors and targets sorted and without
repeats, stances by (span, source, polarity, target), notes sorted and without repeats, and ``path``
dropped (a file path on the building machine is not a fact about the article). For every valid
extraction ``graph_to_extraction(extraction_to_graph(x), id) == canonical(x)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.store import Store
from rdflib.term import Node

from graph.errors import InputError, StoreError
from graph.model import (
    ACTOR_TYPES,
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
from graph.rdfread import parse_file
from graph.vocab import (
    EVENT_TYPES_FILE,
    OA,
    ONTOLOGY_DIR,
    ONTOLOGY_FILE,
    PREFIXES,
    PROV,
    SCHEMA,
    SEM,
    SG,
    SGD,
    SGT,
    SKOS,
)

__all__ = [
    "ACTORS_GRAPH",
    "EVENT_TYPES_GRAPH",
    "ONTOLOGY_GRAPH",
    "actor_iri",
    "actors_to_graph",
    "add_graph",
    "article_graph_iri",
    "article_iri",
    "canonical",
    "claim_iri",
    "event_type_iri",
    "extraction_to_graph",
    "fact_iri",
    "graph_to_actors",
    "graph_to_extraction",
    "load_ontology",
    "new_dataset",
]

ONTOLOGY_GRAPH = SGD["graph/ontology"]
EVENT_TYPES_GRAPH = SGD["graph/event-types"]
ACTORS_GRAPH = SGD["graph/actors"]

_CERTAINTY = {
    "stated": SG.Stated,
    "resolved": SG.Resolved,
    "inferred": SG.Inferred,
    "assumed": SG.Assumed,
    "unknown": SG.Unknown,
}
_CERTAINTY_NAME = {iri: name for name, iri in _CERTAINTY.items()}
_ACTOR_CLASS = {name: SG[name] for name in ACTOR_TYPES}
_ACTOR_TYPE = {iri: name for name, iri in _ACTOR_CLASS.items()}
_WIKIDATA = "http://www.wikidata.org/entity/"
_ACTOR_BASE = str(SGD) + "actor/"
_CLAIM_BASE = str(SGD) + "claim/"


# ---------------------------------------------------------------------------------------------
# IRIs


def _part(value: str) -> str:
    return quote(value, safe="")


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article.

    >>> article_iri("ap-2024-07-29")
    rdflib.term.URIRef('https://w3id.org/stancegraph/id/article/ap-2024-07-29')
    """
    return SGD["article/" + _part(article_id)]


def actor_iri(actor_id: str) -> URIRef:
    """The IRI of an actor.

    >>> actor_iri("nicolas-maduro")
    rdflib.term.URIRef('https://w3id.org/stancegraph/id/actor/nicolas-maduro')
    """
    return SGD["actor/" + _part(actor_id)]


def claim_iri(claim_id: str) -> URIRef:
    """The IRI of a claim (claims are shared across articles)."""
    return SGD["claim/" + _part(claim_id)]


def article_graph_iri(article_id: str) -> URIRef:
    """The IRI of the named graph holding one article's facts.

    >>> article_graph_iri("a1")
    rdflib.term.URIRef('https://w3id.org/stancegraph/id/graph/article/a1')
    """
    return SGD["graph/article/" + _part(article_id)]


def fact_iri(article_id: str, key: str) -> URIRef:
    """The IRI of a quote, event or stance of an article, from its ``key``.

    >>> fact_iri("a1", "statement-0-12-ana")
    rdflib.term.URIRef('https://w3id.org/stancegraph/id/article/a1/statement-0-12-ana')
    """
    return URIRef(f"{article_iri(article_id)}/{_part(key)}")


def event_type_iri(event_type: str) -> URIRef:
    """The concept of an event type string; validation rejects one the scheme lacks.

    >>> event_type_iri("hold_election")
    rdflib.term.URIRef('https://w3id.org/stancegraph/event-types#hold_election')
    """
    return URIRef(str(SGT) + _part(event_type))


def _mention_iri(article_id: str, span: Span) -> URIRef:
    return fact_iri(article_id, f"mention-{span.start}-{span.end}")


def _span_iri(owner: URIRef) -> URIRef:
    return URIRef(f"{owner}/span")


def _id_from(iri: Node, base: str, what: str) -> str:
    text = str(iri)
    if not isinstance(iri, URIRef) or not text.startswith(base) or len(text) == len(base):
        raise StoreError(f"{text!r} is not {what} IRI (expected {base}…); rebuild the graph")
    return unquote(text[len(base) :])


# ---------------------------------------------------------------------------------------------
# Datasets and the ontology


def new_dataset(store: str | Store = "default") -> Dataset:
    """An empty rdflib Dataset with the stancegraph prefixes bound.

    >>> sorted(p for p, _ in new_dataset().namespaces() if p.startswith("sg"))
    ['sg', 'sgd', 'sgt']
    """
    dataset = Dataset(store=store)
    _bind(dataset)
    return dataset


def _bind(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def _new_graph(identifier: URIRef) -> Graph:
    graph = Graph(identifier=identifier)
    _bind(graph)
    return graph


def load_ontology(dataset: Dataset, folder: str | Path | None = None) -> None:
    """Put stancegraph.ttl into ``ONTOLOGY_GRAPH`` and event-types.ttl into ``EVENT_TYPES_GRAPH``.

    ``folder`` defaults to the repository's ``ontology/``. The SHACL shapes are not data and stay
    out of the dataset (``graph.validate`` reads them).
    """
    folder = Path(folder) if folder is not None else ONTOLOGY_DIR
    for name, identifier in (
        (ONTOLOGY_FILE, ONTOLOGY_GRAPH),
        (EVENT_TYPES_FILE, EVENT_TYPES_GRAPH),
    ):
        path = folder / name
        target = dataset.graph(identifier)
        target.remove((None, None, None))
        if not path.exists():
            raise StoreError(f"{path}: no such ontology file; pass the ontology folder")
        parse_file(target, path, "turtle", error=StoreError, then="fix the ontology file")


def add_graph(dataset: Dataset, graph: Graph) -> None:
    """Replace the named graph ``graph.identifier`` of ``dataset`` by the triples of ``graph``."""
    target = dataset.graph(graph.identifier)
    target.remove((None, None, None))
    target.addN((s, p, o, target) for s, p, o in graph)


# ---------------------------------------------------------------------------------------------
# Records -> triples


def extraction_to_graph(
    extraction: Extraction,
    *,
    generated_at: datetime,
    registry_ids: frozenset[str] = frozenset(),
) -> Graph:
    """The named graph of one article: its node, facts, spans, mentions and provenance.

    Actors whose id is in ``registry_ids`` are described by the actor registry's graph and only
    referred to here; every other actor is described in full.

    Raises ``InputError`` when two different records of the extraction would share an IRI (two
    quotes by one speaker over the same span, two actors with one id).

    >>> article = Article("a1", "Ana said yes.")
    >>> ana = Actor("ana", "Ana", "Person", mentions=(article.span(0, 3),))
    >>> said = Quote("ana", article.span(9, 12), "direct")
    >>> x = Extraction(article, actors=(ana,), quotes=(said,))
    >>> g = extraction_to_graph(x, generated_at=datetime(2024, 8, 1))
    >>> (fact_iri("a1", said.key), SG.content, Literal("yes")) in g
    True
    """
    extraction = canonical(extraction)
    _refuse_collisions(extraction)
    article = extraction.article
    graph = _new_graph(article_graph_iri(article.id))
    node = article_iri(article.id)
    add = graph.add

    add((node, RDF.type, SG.Article))
    add((node, SG.text, Literal(article.text)))
    add((node, SG.sha256, Literal(article.sha256)))
    if article.title is not None:
        add((node, SCHEMA.headline, Literal(article.title)))
    if article.outlet is not None:
        add((node, SG.outlet, Literal(article.outlet)))
    if article.url is not None:
        add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.dateline is not None:
        add((node, SG.dateline, Literal(article.dateline)))
    _add_date(graph, node, article.published)

    graph_node = graph.identifier
    add((graph_node, PROV.wasDerivedFrom, node))
    add((graph_node, PROV.generatedAtTime, Literal(generated_at)))
    add((graph_node, SG.method, Literal(extraction.method)))
    for note in extraction.notes:
        add((graph_node, RDFS.comment, Literal(note)))

    for actor in extraction.actors:
        add((node, SCHEMA.mentions, actor_iri(actor.id)))
        if actor.id not in registry_ids:
            _add_actor(graph, actor)
        for span in actor.mentions:
            mention = _mention_iri(article.id, span)
            add((mention, RDF.type, SG.Mention))
            add((mention, SG.refersTo, actor_iri(actor.id)))
            _add_span_properties(graph, mention, span, node)

    for claim in extraction.claims:
        add((claim_iri(claim.id), RDF.type, SG.Claim))
        add((claim_iri(claim.id), SG.claimText, Literal(claim.text)))

    for quote_ in extraction.quotes:
        fact = _add_fact(
            graph, article.id, quote_.key, SG.Statement, quote_.span, quote_.confidence
        )
        add((fact, SG.speaker, actor_iri(quote_.speaker)))
        add((fact, SG.content, Literal(quote_.text)))
        add((fact, SG.quoteKind, Literal(quote_.kind)))
        if quote_.cue is not None:
            add((fact, SG.cue, Literal(quote_.cue)))
        if quote_.audience is not None:
            add((fact, SG.audience, Literal(quote_.audience)))
        _add_date(graph, fact, quote_.said_on)

    for event in extraction.events:
        fact = _add_fact(graph, article.id, event.key, SG.Event, event.span, event.confidence)
        add((fact, SG.eventType, event_type_iri(event.type)))
        for actor_id in event.actors:
            add((fact, SG.agent, actor_iri(actor_id)))
        for actor_id in event.targets:
            add((fact, SG.target, actor_iri(actor_id)))
        if event.place is not None:
            add((fact, SG.place, Literal(event.place)))
        _add_date(graph, fact, event.date)

    for stance in extraction.stances:
        fact = _add_fact(graph, article.id, stance.key, SG.Stance, stance.span, stance.confidence)
        add((fact, SG.source, actor_iri(stance.source)))
        target = (
            actor_iri(stance.target) if stance.target_kind == "actor" else claim_iri(stance.target)
        )
        add((fact, SG.stanceTarget, target))
        add((fact, SG.polarity, Literal(stance.polarity)))
        if stance.basis is not None:
            add((fact, SG.basis, fact_iri(article.id, stance.basis)))
        _add_date(graph, fact, stance.date)
    return graph


def _add_fact(
    graph: Graph, article_id: str, key: str, cls: URIRef, span: Span, confidence: float
) -> URIRef:
    fact = fact_iri(article_id, key)
    graph.add((fact, RDF.type, cls))
    graph.add((fact, SG.sourceArticle, article_iri(article_id)))
    graph.add((fact, SG.confidence, _decimal(confidence)))
    span_node = _span_iri(fact)
    graph.add((fact, SG.span, span_node))
    graph.add((span_node, RDF.type, SG.TextSpan))
    _add_span_properties(graph, span_node, span, article_iri(article_id))
    return fact


def _add_span_properties(graph: Graph, node: URIRef, span: Span, article: URIRef) -> None:
    graph.add((node, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    graph.add((node, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))
    graph.add((node, OA.exact, Literal(span.text)))
    graph.add((node, OA.hasSource, article))


def _add_date(graph: Graph, node: URIRef, value: DateValue) -> None:
    graph.add((node, SG.dateCertainty, _CERTAINTY[value.certainty]))
    if value.value is not None:
        graph.add((node, SG.date, Literal(value.value, datatype=XSD.date)))
    if value.earliest is not None:
        graph.add((node, SEM.hasEarliestBeginTimeStamp, Literal(value.earliest, datatype=XSD.date)))
    if value.latest is not None:
        graph.add((node, SEM.hasLatestEndTimeStamp, Literal(value.latest, datatype=XSD.date)))
    if value.note is not None:
        graph.add((node, SG.dateNote, Literal(value.note)))


def _add_actor(graph: Graph, actor: Actor) -> None:
    node = actor_iri(actor.id)
    graph.add((node, RDF.type, _ACTOR_CLASS[actor.type]))
    graph.add((node, SKOS.prefLabel, Literal(actor.name)))
    for alias in actor.aliases:
        graph.add((node, SKOS.altLabel, Literal(alias)))
    if actor.speaks_for is not None:
        graph.add((node, SG.speaksFor, actor_iri(actor.speaks_for)))
    if actor.wikidata is not None:
        graph.add((node, SG.wikidata, URIRef(_WIKIDATA + actor.wikidata)))
    if actor.description is not None:
        graph.add((node, RDFS.comment, Literal(actor.description)))


def _decimal(value: float) -> Literal:
    # repr() is the shortest text that reads back as the same float; xsd:decimal has no exponent.
    return Literal(format(Decimal(repr(float(value))), "f"), datatype=XSD.decimal)


def actors_to_graph(actors: Iterable[Actor]) -> Graph:
    """The actor registry as the ``ACTORS_GRAPH`` named graph (mentions belong to articles)."""
    graph = _new_graph(ACTORS_GRAPH)
    seen: dict[str, Actor] = {}
    for actor in actors:
        actor = _canonical_actor(actor, mentions=False)
        if seen.setdefault(actor.id, actor) != actor:
            raise InputError(f"two registry actors share the id {actor.id!r}; merge them")
        _add_actor(graph, actor)
    return graph


# ---------------------------------------------------------------------------------------------
# Canonical order


def canonical(extraction: Extraction) -> Extraction:
    """The extraction as :func:`graph_to_extraction` returns it: sorted, without repeats.

    >>> a = Article("a", "x y")
    >>> b, c = Actor("b", "B", "Group"), Actor("c", "C", "Group")
    >>> [actor.id for actor in canonical(Extraction(a, actors=(c, b, c))).actors]
    ['b', 'c']
    """

    def unique(items: Iterable) -> list:
        return list(dict.fromkeys(items))

    actors = sorted(
        unique(_canonical_actor(a, mentions=True) for a in extraction.actors), key=lambda a: a.id
    )
    events = [
        replace(e, actors=tuple(sorted(set(e.actors))), targets=tuple(sorted(set(e.targets))))
        for e in extraction.events
    ]
    return replace(
        extraction,
        article=replace(extraction.article, path=None),
        actors=tuple(actors),
        quotes=tuple(
            sorted(unique(extraction.quotes), key=lambda q: (q.span.start, q.span.end, q.speaker))
        ),
        events=tuple(sorted(unique(events), key=lambda e: (e.span.start, e.span.end, e.type))),
        claims=tuple(sorted(unique(extraction.claims), key=lambda c: c.id)),
        stances=tuple(
            sorted(
                unique(extraction.stances),
                key=lambda s: (s.span.start, s.span.end, s.source, s.polarity, s.target),
            )
        ),
        notes=tuple(sorted(set(extraction.notes))),
    )


def _canonical_actor(actor: Actor, *, mentions: bool) -> Actor:
    spans = sorted(set(actor.mentions), key=lambda s: (s.start, s.end)) if mentions else ()
    return replace(actor, aliases=tuple(sorted(set(actor.aliases))), mentions=tuple(spans))


def _refuse_collisions(extraction: Extraction) -> None:
    groups: list[tuple[str, Iterable[tuple[str, object]]]] = [
        ("actors", ((a.id, a) for a in extraction.actors)),
        ("claims", ((c.id, c) for c in extraction.claims)),
        ("quotes", ((q.key, q) for q in extraction.quotes)),
        ("events", ((e.key, e) for e in extraction.events)),
        ("stances", ((s.key, s) for s in extraction.stances)),
    ]
    for what, pairs in groups:
        seen: dict[str, object] = {}
        for key, record in pairs:
            if seen.setdefault(key, record) != record:
                raise InputError(
                    f"article {extraction.article.id!r}: two different {what} share the "
                    f"identifier {key!r}; merge them or drop one before building"
                )


# ---------------------------------------------------------------------------------------------
# Triples -> records


def graph_to_extraction(dataset_or_graph: Graph, article_id: str) -> Extraction:
    """Read back the extraction of ``article_id`` (in canonical order, see :func:`canonical`).

    Given a Dataset, the article's named graph is read, and actors it does not describe come
    from ``ACTORS_GRAPH``; given a plain Graph, everything comes from that graph.
    """
    if isinstance(dataset_or_graph, Dataset):
        graph = dataset_or_graph.graph(article_graph_iri(article_id))
        registry = dataset_or_graph.graph(ACTORS_GRAPH)
    else:
        graph = registry = dataset_or_graph
    node = article_iri(article_id)
    if (node, RDF.type, SG.Article) not in graph:
        raise StoreError(f"no article {article_id!r} in the graph; build or ingest it first")
    try:
        return _read_extraction(graph, registry, article_id)
    except ValueError as exc:
        raise StoreError(
            f"the graph of article {article_id!r} does not hold a valid extraction ({exc}); "
            "run validation on it"
        ) from None


def _read_extraction(graph: Graph, registry: Graph, article_id: str) -> Extraction:
    node = article_iri(article_id)
    article = Article(
        id=article_id,
        text=_text(graph, node, SG.text),
        title=_optional_text(graph, node, SCHEMA.headline),
        outlet=_optional_text(graph, node, SG.outlet),
        url=_optional_text(graph, node, SCHEMA.url),
        dateline=_optional_text(graph, node, SG.dateline),
        published=_read_date(graph, node),
    )
    graph_node = article_graph_iri(article_id)
    method = _text(graph, graph_node, SG.method)
    notes = tuple(sorted(str(n) for n in graph.objects(graph_node, RDFS.comment)))

    mentions: dict[str, list[Span]] = {}
    for mention in graph.subjects(RDF.type, SG.Mention):
        span = _read_span(graph, mention)
        for actor in graph.objects(mention, SG.refersTo):
            mentions.setdefault(_id_from(actor, _ACTOR_BASE, "an actor"), []).append(span)
    actor_ids = {_id_from(a, _ACTOR_BASE, "an actor") for a in graph.objects(node, SCHEMA.mentions)}
    actors = []
    for actor_id in sorted(actor_ids | set(mentions)):
        description = graph if _actor_type(graph, actor_iri(actor_id)) else registry
        actor = _read_actor(description, actor_iri(actor_id))
        spans = sorted(mentions.get(actor_id, ()), key=lambda s: (s.start, s.end))
        actors.append(replace(actor, mentions=tuple(spans)))

    claims = [
        Claim(_id_from(c, _CLAIM_BASE, "a claim"), _text(graph, c, SG.claimText))
        for c in graph.subjects(RDF.type, SG.Claim)
    ]
    quotes = [
        Quote(
            speaker=_id_from(_one(graph, f, SG.speaker), _ACTOR_BASE, "an actor"),
            span=_read_span(graph, _one(graph, f, SG.span)),
            kind=_text(graph, f, SG.quoteKind),  # type: ignore[arg-type]
            said_on=_read_date(graph, f),
            cue=_optional_text(graph, f, SG.cue),
            audience=_optional_text(graph, f, SG.audience),
            confidence=_confidence(graph, f),
        )
        for f in graph.subjects(RDF.type, SG.Statement)
    ]
    events = [
        Event(
            type=_id_from(_one(graph, f, SG.eventType), str(SGT), "an event type"),
            span=_read_span(graph, _one(graph, f, SG.span)),
            actors=_actor_ids(graph, f, SG.agent),
            targets=_actor_ids(graph, f, SG.target),
            date=_read_date(graph, f),
            place=_optional_text(graph, f, SG.place),
            confidence=_confidence(graph, f),
        )
        for f in graph.subjects(RDF.type, SG.Event)
    ]
    basis_base = f"{node}/"
    stances = []
    for f in graph.subjects(RDF.type, SG.Stance):
        target = _one(graph, f, SG.stanceTarget)
        kind = "claim" if str(target).startswith(_CLAIM_BASE) else "actor"
        basis = graph.value(f, SG.basis)
        stances.append(
            Stance(
                source=_id_from(_one(graph, f, SG.source), _ACTOR_BASE, "an actor"),
                target=_id_from(target, _CLAIM_BASE if kind == "claim" else _ACTOR_BASE, kind),
                target_kind=kind,
                polarity=_text(graph, f, SG.polarity),  # type: ignore[arg-type]
                span=_read_span(graph, _one(graph, f, SG.span)),
                date=_read_date(graph, f),
                basis=None if basis is None else _id_from(basis, basis_base, "a quote or event"),
                confidence=_confidence(graph, f),
            )
        )
    return canonical(
        Extraction(
            article=article,
            actors=tuple(actors),
            quotes=tuple(quotes),
            events=tuple(events),
            claims=tuple(claims),
            stances=tuple(stances),
            method=method,  # type: ignore[arg-type]
            notes=notes,
        )
    )


def graph_to_actors(graph: Graph) -> list[Actor]:
    """The actors described in ``graph`` (of a Dataset: in ``ACTORS_GRAPH``), sorted by id."""
    if isinstance(graph, Dataset):
        graph = graph.graph(ACTORS_GRAPH)
    nodes = {s for cls in _ACTOR_TYPE for s in graph.subjects(RDF.type, cls)}
    try:
        actors = [_read_actor(graph, node) for node in nodes]
    except ValueError as exc:
        raise StoreError(f"the actor graph holds an invalid actor ({exc}); fix it") from None
    return sorted(actors, key=lambda a: a.id)


def _actor_type(graph: Graph, node: URIRef) -> str | None:
    types = {_ACTOR_TYPE[t] for t in graph.objects(node, RDF.type) if t in _ACTOR_TYPE}
    if len(types) > 1:
        raise StoreError(f"actor {node} has several types ({', '.join(sorted(types))}); keep one")
    return types.pop() if types else None


def _read_actor(graph: Graph, node: URIRef) -> Actor:
    actor_type = _actor_type(graph, node)
    if actor_type is None:
        raise StoreError(f"actor {node} is described nowhere; add it to the actor registry")
    speaks_for = graph.value(node, SG.speaksFor)
    wikidata = graph.value(node, SG.wikidata)
    return Actor(
        id=_id_from(node, _ACTOR_BASE, "an actor"),
        name=_text(graph, node, SKOS.prefLabel),
        type=actor_type,  # type: ignore[arg-type]
        aliases=tuple(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
        speaks_for=None if speaks_for is None else _id_from(speaks_for, _ACTOR_BASE, "an actor"),
        wikidata=None if wikidata is None else _id_from(wikidata, _WIKIDATA, "a Wikidata"),
        description=_optional_text(graph, node, RDFS.comment),
    )


def _actor_ids(graph: Graph, node: URIRef, predicate: URIRef) -> tuple[str, ...]:
    return tuple(
        sorted(_id_from(a, _ACTOR_BASE, "an actor") for a in graph.objects(node, predicate))
    )


def _read_span(graph: Graph, node: Node) -> Span:
    return Span(
        int(_one(graph, node, OA.start)),  # type: ignore[arg-type]
        int(_one(graph, node, OA.end)),  # type: ignore[arg-type]
        _text(graph, node, OA.exact),
    )


def _read_date(graph: Graph, node: URIRef) -> DateValue:
    certainty = graph.value(node, SG.dateCertainty)
    if certainty is not None and certainty not in _CERTAINTY_NAME:
        raise StoreError(
            f"{node} has date certainty {certainty}, not one of sg:Stated … sg:Unknown"
        )
    return DateValue(
        value=_date(graph, node, SG.date),
        certainty=_CERTAINTY_NAME[certainty] if certainty is not None else "unknown",  # type: ignore[arg-type]
        earliest=_date(graph, node, SEM.hasEarliestBeginTimeStamp),
        latest=_date(graph, node, SEM.hasLatestEndTimeStamp),
        note=_optional_text(graph, node, SG.dateNote),
    )


def _date(graph: Graph, node: URIRef, predicate: URIRef) -> date | None:
    value = graph.value(node, predicate)
    if value is None:
        return None
    parsed = value.toPython() if isinstance(value, Literal) else None
    if not isinstance(parsed, date) or isinstance(parsed, datetime):
        raise StoreError(f"{node} has {predicate} {value!s}, which is not an xsd:date")
    return parsed


def _confidence(graph: Graph, node: URIRef) -> float:
    value = graph.value(node, SG.confidence)
    return 1.0 if value is None else float(value)  # type: ignore[arg-type]


def _one(graph: Graph, node: Node, predicate: URIRef) -> Node:
    values = list(graph.objects(node, predicate))
    if len(values) != 1:
        raise StoreError(
            f"{node} has {len(values)} values of {predicate}, not one; rebuild or validate it"
        )
    return values[0]


def _text(graph: Graph, node: Node, predicate: URIRef) -> str:
    return str(_one(graph, node, predicate))


def _optional_text(graph: Graph, node: Node, predicate: URIRef) -> str | None:
    value = graph.value(node, predicate)
    return None if value is None else str(value)
