"""Extraction -> RDF: the only place that knows how records become triples.

``graph/readback.py`` reads them back into records with the names defined here.

The mapping is the one of docs/architecture.md. Every IRI is derived from the records alone, so
building the same extraction twice gives the same triples (no blank nodes anywhere). Identifier
parts are percent-encoded (``urllib.parse.quote``), which leaves slugs untouched.

Two additions to the documented mapping keep the round trip exact: ``<article> schema:mentions
<actor>`` lists each actor of the extraction that no mention names (one neither mentioned nor
taking part in a fact), and the extraction's notes are ``rdfs:comment`` of the article graph's IRI.

Nothing derivable is written: no type a property's range or domain gives (span, mention,
utterance), no ``oa:hasSource`` on a fact's span (its ``sg:sourceArticle``), no ``oa:exact`` on a
statement's span (its ``sg:content``) or a mention (the article text at its offsets).

RDF has no order, so ``readback.graph_to_extraction`` returns the *canonical* form of an extraction
(see :func:`canonical`): actors and claims sorted by id, aliases sorted, mentions by (start, end),
quotes by (span, speaker), events by (span, type), event actors and targets sorted and without
repeats, stances by (span, source, polarity, target), notes sorted and without repeats, and ``path``
dropped (a file path on the building machine is not a fact about the article). For every valid
extraction ``graph_to_extraction(extraction_to_graph(x), id) == canonical(x)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime
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
    DateValue,
    Event,
    Extraction,
    Quote,
    Span,
    Stance,
)
from graph.rdfread import parse_file
from graph.utterances import utterance_key
from graph.vocab import (
    DC,
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
    "ACTOR_BASE",
    "ACTOR_TYPE",
    "CERTAINTY_NAME",
    "CLAIM_BASE",
    "EVENT_TYPES_GRAPH",
    "ONTOLOGY_GRAPH",
    "WIKIDATA",
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
    "id_from",
    "load_ontology",
    "new_dataset",
    "utterance_id",
    "utterance_iri",
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
CERTAINTY_NAME = {iri: name for name, iri in _CERTAINTY.items()}
_ACTOR_CLASS = {name: SG[name] for name in ACTOR_TYPES}
ACTOR_TYPE = {iri: name for name, iri in _ACTOR_CLASS.items()}
WIKIDATA = "http://www.wikidata.org/entity/"
ACTOR_BASE = str(SGD) + "actor/"
CLAIM_BASE = str(SGD) + "claim/"


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


def utterance_iri(key: str) -> URIRef:
    """The IRI of an utterance (shared by the statements of every article reporting it).

    >>> utterance_iri("ana-0123456789ab")
    rdflib.term.URIRef('https://w3id.org/stancegraph/id/utterance/ana-0123456789ab')
    """
    return SGD["utterance/" + _part(key)]


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


def id_from(iri: Node, base: str, what: str) -> str:
    """The id at the end of ``iri``, which must start with ``base`` (``what`` names it)."""
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
    utterances: Mapping[str, str] | None = None,
) -> Graph:
    """The named graph of one article: its node, facts, spans, mentions and provenance.

    ``utterances`` maps a quote's key to the key of the utterance it reports when another
    article reports it too (``graph.utterances``); any other quote is an utterance of its own.

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
    node = _add_article(graph, article)
    graph_node = graph.identifier
    graph.add((graph_node, PROV.wasDerivedFrom, node))
    graph.add((graph_node, PROV.generatedAtTime, Literal(generated_at)))
    graph.add((graph_node, SG.method, Literal(extraction.method)))
    for note in extraction.notes:
        graph.add((graph_node, RDFS.comment, Literal(note)))
    for actor in extraction.actors:
        if not actor.mentions:
            graph.add((node, SCHEMA.mentions, actor_iri(actor.id)))
        if actor.id not in registry_ids:
            _add_actor(graph, actor)
        for span in actor.mentions:
            mention = _mention_iri(article.id, span)
            graph.add((mention, SG.refersTo, actor_iri(actor.id)))
            _add_offsets(graph, mention, span)
            graph.add((mention, OA.hasSource, node))
    for claim in extraction.claims:
        graph.add((claim_iri(claim.id), RDF.type, SG.Claim))
        graph.add((claim_iri(claim.id), SG.claimText, Literal(claim.text)))
    for quote_ in extraction.quotes:
        _add_quote(graph, article.id, quote_)
        said = (utterances or {}).get(quote_.key) or utterance_key(quote_.speaker, quote_.text)
        graph.add((fact_iri(article.id, quote_.key), SG.utterance, utterance_iri(said)))
    for event in extraction.events:
        _add_event(graph, article.id, event)
    for stance in extraction.stances:
        _add_stance(graph, article.id, stance)
    return graph


def utterance_id(iri: Node) -> str:
    """The key at the end of an utterance's IRI (the inverse of ``utterance_iri``)."""
    return id_from(iri, str(SGD) + "utterance/", "an utterance")


def _add_article(graph: Graph, article: Article) -> URIRef:
    node = article_iri(article.id)
    graph.add((node, RDF.type, SG.Article))
    graph.add((node, SG.text, Literal(article.text)))
    graph.add((node, SG.sha256, Literal(article.sha256)))
    if article.title is not None:
        graph.add((node, SCHEMA.headline, Literal(article.title)))
    if article.outlet is not None:
        graph.add((node, SG.outlet, Literal(article.outlet)))
    if article.url is not None:
        graph.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.dateline is not None:
        graph.add((node, SG.dateline, Literal(article.dateline)))
    if article.author is not None:
        graph.add((node, DC.creator, Literal(article.author)))
    _add_date(graph, node, article.published)
    return node


def _add_quote(graph: Graph, article_id: str, quote_: Quote) -> None:
    fact = _add_fact(graph, article_id, quote_.key, SG.Statement, quote_.span, quote_.confidence)
    graph.add((fact, SG.speaker, actor_iri(quote_.speaker)))
    graph.add((fact, SG.content, Literal(quote_.text)))
    graph.add((fact, SG.quoteKind, Literal(quote_.kind)))
    if quote_.cue is not None:
        graph.add((fact, SG.cue, Literal(quote_.cue)))
    if quote_.audience is not None:
        graph.add((fact, SG.audience, Literal(quote_.audience)))
    _add_date(graph, fact, quote_.said_on)


def _add_event(graph: Graph, article_id: str, event: Event) -> None:
    fact = _add_fact(graph, article_id, event.key, SG.Event, event.span, event.confidence)
    graph.add((_span_iri(fact), OA.exact, Literal(event.span.text)))
    graph.add((fact, SG.eventType, event_type_iri(event.type)))
    for actor_id in event.actors:
        graph.add((fact, SG.agent, actor_iri(actor_id)))
    for actor_id in event.targets:
        graph.add((fact, SG.target, actor_iri(actor_id)))
    if event.place is not None:
        graph.add((fact, SG.place, Literal(event.place)))
    _add_date(graph, fact, event.date)


def _add_stance(graph: Graph, article_id: str, stance: Stance) -> None:
    fact = _add_fact(graph, article_id, stance.key, SG.Stance, stance.span, stance.confidence)
    graph.add((_span_iri(fact), OA.exact, Literal(stance.span.text)))
    graph.add((fact, SG.source, actor_iri(stance.source)))
    target = actor_iri(stance.target) if stance.target_kind == "actor" else claim_iri(stance.target)
    graph.add((fact, SG.stanceTarget, target))
    graph.add((fact, SG.polarity, Literal(stance.polarity)))
    if stance.basis is not None:
        graph.add((fact, SG.basis, fact_iri(article_id, stance.basis)))
    _add_date(graph, fact, stance.date)


def _add_fact(
    graph: Graph, article_id: str, key: str, cls: URIRef, span: Span, confidence: float
) -> URIRef:
    """The fact's node and its span's offsets (events and stances add the span's words)."""
    fact = fact_iri(article_id, key)
    graph.add((fact, RDF.type, cls))
    graph.add((fact, SG.sourceArticle, article_iri(article_id)))
    graph.add((fact, SG.confidence, _decimal(confidence)))
    span_node = _span_iri(fact)
    graph.add((fact, SG.span, span_node))
    _add_offsets(graph, span_node, span)
    return fact


def _add_offsets(graph: Graph, node: URIRef, span: Span) -> None:
    graph.add((node, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    graph.add((node, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))


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
        graph.add((node, SG.wikidata, URIRef(WIKIDATA + actor.wikidata)))
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
    """The extraction as ``readback.graph_to_extraction`` returns it: sorted, without repeats.

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
