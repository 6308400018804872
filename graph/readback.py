"""RDF -> records: an article's extraction and the actor registry read back from triples.

The inverse of ``graph.rdf.extraction_to_graph`` and ``actors_to_graph``, with the IRIs and
class names defined there; records come back in ``graph.rdf.canonical`` order, so
``graph_to_extraction(extraction_to_graph(x), id) == canonical(x)``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graph.errors import StoreError
from graph.model import Actor, Article, Claim, DateValue, Event, Extraction, Quote, Span, Stance
from graph.rdf import (
    ACTOR_BASE,
    ACTOR_TYPE,
    ACTORS_GRAPH,
    CERTAINTY_NAME,
    CLAIM_BASE,
    WIKIDATA,
    actor_iri,
    article_graph_iri,
    article_iri,
    canonical,
    id_from,
    utterance_id,
)
from graph.vocab import DC, OA, SCHEMA, SEM, SG, SGT, SKOS

__all__ = ["graph_to_actors", "graph_to_extraction", "reported_utterances"]


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
    graph_node = article_graph_iri(article_id)
    article = _read_article(graph, node, article_id)
    return canonical(
        Extraction(
            article=article,
            actors=_read_actors(graph, registry, node, article.text),
            quotes=tuple(_read_quote(graph, f) for f in graph.subjects(RDF.type, SG.Statement)),
            events=tuple(_read_event(graph, f) for f in graph.subjects(RDF.type, SG.Event)),
            claims=tuple(
                Claim(id_from(c, CLAIM_BASE, "a claim"), _text(graph, c, SG.claimText))
                for c in graph.subjects(RDF.type, SG.Claim)
            ),
            stances=tuple(
                _read_stance(graph, f, f"{node}/") for f in graph.subjects(RDF.type, SG.Stance)
            ),
            method=_text(graph, graph_node, SG.method),  # type: ignore[arg-type]
            notes=tuple(sorted(str(n) for n in graph.objects(graph_node, RDFS.comment))),
        )
    )


def _read_article(graph: Graph, node: URIRef, article_id: str) -> Article:
    return Article(
        id=article_id,
        text=_text(graph, node, SG.text),
        title=_optional_text(graph, node, SCHEMA.headline),
        outlet=_optional_text(graph, node, SG.outlet),
        url=_optional_text(graph, node, SCHEMA.url),
        dateline=_optional_text(graph, node, SG.dateline),
        published=_read_date(graph, node),
        author=_optional_text(graph, node, DC.creator),
    )


def _read_actors(graph: Graph, registry: Graph, node: URIRef, text: str) -> tuple[Actor, ...]:
    """The article's actors with their mentions (the words at a mention's offsets are the
    article's ``text`` there); described in the article's graph or else in the registry's."""
    mentions: dict[str, list[Span]] = {}
    for mention, actor in graph.subject_objects(SG.refersTo):
        span = _read_span(graph, mention, text)
        mentions.setdefault(id_from(actor, ACTOR_BASE, "an actor"), []).append(span)
    actor_ids = {id_from(a, ACTOR_BASE, "an actor") for a in graph.objects(node, SCHEMA.mentions)}
    actors = []
    for actor_id in sorted(actor_ids | set(mentions)):
        description = graph if _actor_type(graph, actor_iri(actor_id)) else registry
        actor = _read_actor(description, actor_iri(actor_id))
        spans = sorted(mentions.get(actor_id, ()), key=lambda s: (s.start, s.end))
        actors.append(replace(actor, mentions=tuple(spans)))
    return tuple(actors)


def _read_quote(graph: Graph, f: Node) -> Quote:
    return Quote(
        speaker=id_from(_one(graph, f, SG.speaker), ACTOR_BASE, "an actor"),
        span=_read_span(graph, _one(graph, f, SG.span), words=_text(graph, f, SG.content)),
        kind=_text(graph, f, SG.quoteKind),  # type: ignore[arg-type]
        said_on=_read_date(graph, f),
        cue=_optional_text(graph, f, SG.cue),
        audience=_optional_text(graph, f, SG.audience),
        confidence=_confidence(graph, f),
    )


def _read_event(graph: Graph, f: Node) -> Event:
    return Event(
        type=id_from(_one(graph, f, SG.eventType), str(SGT), "an event type"),
        span=_read_span(graph, _one(graph, f, SG.span)),
        actors=_actor_ids(graph, f, SG.agent),
        targets=_actor_ids(graph, f, SG.target),
        date=_read_date(graph, f),
        place=_optional_text(graph, f, SG.place),
        confidence=_confidence(graph, f),
    )


def _read_stance(graph: Graph, f: Node, basis_base: str) -> Stance:
    target = _one(graph, f, SG.stanceTarget)
    kind = "claim" if str(target).startswith(CLAIM_BASE) else "actor"
    basis = graph.value(f, SG.basis)
    return Stance(
        source=id_from(_one(graph, f, SG.source), ACTOR_BASE, "an actor"),
        target=id_from(target, CLAIM_BASE if kind == "claim" else ACTOR_BASE, kind),
        target_kind=kind,
        polarity=_text(graph, f, SG.polarity),  # type: ignore[arg-type]
        span=_read_span(graph, _one(graph, f, SG.span)),
        date=_read_date(graph, f),
        basis=None if basis is None else id_from(basis, basis_base, "a quote or event"),
        confidence=_confidence(graph, f),
    )


def graph_to_actors(graph: Graph) -> list[Actor]:
    """The actors described in ``graph`` (of a Dataset: in ``ACTORS_GRAPH``), sorted by id."""
    if isinstance(graph, Dataset):
        graph = graph.graph(ACTORS_GRAPH)
    nodes = {s for cls in ACTOR_TYPE for s in graph.subjects(RDF.type, cls)}
    try:
        actors = [_read_actor(graph, node) for node in nodes]
    except ValueError as exc:
        raise StoreError(f"the actor graph holds an invalid actor ({exc}); fix it") from None
    return sorted(actors, key=lambda a: a.id)


def _actor_type(graph: Graph, node: URIRef) -> str | None:
    types = {ACTOR_TYPE[t] for t in graph.objects(node, RDF.type) if t in ACTOR_TYPE}
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
        id=id_from(node, ACTOR_BASE, "an actor"),
        name=_text(graph, node, SKOS.prefLabel),
        type=actor_type,  # type: ignore[arg-type]
        aliases=tuple(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
        speaks_for=None if speaks_for is None else id_from(speaks_for, ACTOR_BASE, "an actor"),
        wikidata=None if wikidata is None else id_from(wikidata, WIKIDATA, "a Wikidata"),
        description=_optional_text(graph, node, RDFS.comment),
    )


def _actor_ids(graph: Graph, node: URIRef, predicate: URIRef) -> tuple[str, ...]:
    return tuple(sorted(id_from(a, ACTOR_BASE, "an actor") for a in graph.objects(node, predicate)))


def _read_span(
    graph: Graph, node: Node, text: str | None = None, *, words: str | None = None
) -> Span:
    """The span at ``node``: its ``oa:exact``, else ``words`` (a statement's content), else the
    article ``text`` at its offsets (a mention)."""
    start = int(_one(graph, node, OA.start))  # type: ignore[arg-type]
    end = int(_one(graph, node, OA.end))  # type: ignore[arg-type]
    exact = _optional_text(graph, node, OA.exact)
    if exact is None:
        exact = words
    if exact is None:
        if text is None:
            raise StoreError(f"{node} has no oa:exact; rebuild or validate it")
        return Span.of(text, start, end)
    return Span(start, end, exact)


def _read_date(graph: Graph, node: URIRef) -> DateValue:
    certainty = graph.value(node, SG.dateCertainty)
    if certainty is not None and certainty not in CERTAINTY_NAME:
        raise StoreError(
            f"{node} has date certainty {certainty}, not one of sg:Stated … sg:Unknown"
        )
    return DateValue(
        value=_date(graph, node, SG.date),
        certainty=CERTAINTY_NAME[certainty] if certainty is not None else "unknown",  # type: ignore[arg-type]
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


def reported_utterances(graph: Graph) -> list[tuple[str, str, str]]:
    """Every statement of ``graph`` (a graph or the union of a dataset) as (speaker id, content,
    utterance key), in a stable order: what ``graph.utterances`` matches new statements with."""
    found = []
    for fact, said in graph.subject_objects(SG.utterance):
        speaker, content = graph.value(fact, SG.speaker), graph.value(fact, SG.content)
        if speaker is None or content is None:
            continue
        found.append((id_from(speaker, ACTOR_BASE, "actor"), str(content), utterance_id(said)))
    return sorted(found)
