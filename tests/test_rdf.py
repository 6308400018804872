"""The RDF mapping: known triples for a small article, exact round trips, deterministic IRIs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdf_strategies import extractions
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from graph.errors import InputError, StoreError
from graph.model import Actor, Article, Claim, DateValue, Event, Extraction, Quote, Stance
from graph.rdf import (
    ACTORS_GRAPH,
    EVENT_TYPES_GRAPH,
    ONTOLOGY_GRAPH,
    actor_iri,
    actors_to_graph,
    add_graph,
    article_graph_iri,
    article_iri,
    canonical,
    claim_iri,
    extraction_to_graph,
    fact_iri,
    load_ontology,
    new_dataset,
)
from graph.readback import graph_to_actors, graph_to_extraction
from graph.vocab import OA, PROV, SCHEMA, SEM, SG, SGT, SKOS

WHEN = datetime(2024, 8, 1, 12, 0, tzinfo=UTC)
SGD = "https://w3id.org/stancegraph/id/"

# A tiny made-up article: one quote, one event, one claim, two stances.
TEXT = (
    "LIMA, 3 March 2025. Mayor Inés Quispe said the vote was “clean”. "
    "Police detained Tomás Rojas on Sunday. The Civic Front rejected the count."
)


def small_extraction() -> Extraction:
    article = Article(
        "lima-1",
        TEXT,
        title="Vote in Lima",
        outlet="Andes Wire",
        url="https://news.example/lima-1",
        dateline="LIMA",
        published=DateValue(date(2025, 3, 3), "stated"),
        path="/tmp/lima-1.txt",
    )
    ines = Actor(
        "ines-quispe",
        "Inés Quispe",
        "Person",
        aliases=("Quispe", "Mayor Quispe"),
        wikidata="Q123",
        mentions=(article.find("Inés Quispe"),),
    )
    police = Actor("police", "Police", "GovernmentBody", mentions=(article.find("Police"),))
    tomas = Actor("tomas-rojas", "Tomás Rojas", "Person", mentions=(article.find("Tomás Rojas"),))
    front = Actor("civic-front", "Civic Front", "Organization", description="An opposition party.")
    quote = Quote(
        "ines-quispe",
        article.find("clean"),
        "direct",
        DateValue(date(2025, 3, 3), "assumed"),
        cue="said",
    )
    event = Event(
        "arrest",
        article.find("Police detained Tomás Rojas on Sunday"),
        actors=("police",),
        targets=("tomas-rojas",),
        date=DateValue(date(2025, 3, 2), "resolved"),
        confidence=0.9,
    )
    claim = Claim("lima-vote-clean", "The Lima vote was clean.")
    supports = Stance(
        "ines-quispe", "lima-vote-clean", "claim", "support", quote.span, basis=quote.key
    )
    opposes = Stance(
        "civic-front",
        "lima-vote-clean",
        "claim",
        "oppose",
        article.find("The Civic Front rejected the count"),
        confidence=0.75,
    )
    return Extraction(
        article,
        actors=(tomas, police, ines, front),
        quotes=(quote,),
        events=(event,),
        claims=(claim,),
        stances=(opposes, supports),
        method="curated",
        notes=("made up for the tests",),
    )


@pytest.fixture
def extraction() -> Extraction:
    return small_extraction()


def test_iris_follow_the_table_of_the_architecture(extraction: Extraction) -> None:
    assert article_iri("lima-1") == URIRef(SGD + "article/lima-1")
    assert actor_iri("ines-quispe") == URIRef(SGD + "actor/ines-quispe")
    assert claim_iri("lima-vote-clean") == URIRef(SGD + "claim/lima-vote-clean")
    assert article_graph_iri("lima-1") == URIRef(SGD + "graph/article/lima-1")
    assert URIRef(SGD + "graph/ontology") == ONTOLOGY_GRAPH
    assert URIRef(SGD + "graph/event-types") == EVENT_TYPES_GRAPH
    assert URIRef(SGD + "graph/actors") == ACTORS_GRAPH
    graph = extraction_to_graph(extraction, generated_at=WHEN)
    quote, event = extraction.quotes[0], extraction.events[0]
    # The record's key names the fact; the architecture's table fixes how a key starts.
    assert quote.key.startswith(f"statement-{quote.span.start}-{quote.span.end}")
    statement = URIRef(f"{SGD}article/lima-1/{quote.key}")
    stance_key = extraction.stances[0].key
    assert (statement, RDF.type, SG.Statement) in graph
    assert (statement, SG.span, URIRef(f"{statement}/span")) in graph
    start, end = event.span.start, event.span.end
    assert (URIRef(f"{SGD}article/lima-1/event-arrest-{start}-{end}"), RDF.type, SG.Event) in graph
    assert stance_key.startswith("stance-civic-front-oppose-lima-vote-clean-")
    assert (URIRef(f"{SGD}article/lima-1/{stance_key}"), RDF.type, SG.Stance) in graph
    mention = extraction.actor("police").mentions[0]
    assert (
        URIRef(f"{SGD}article/lima-1/mention-{mention.start}-{mention.end}"),
        SG.refersTo,
        actor_iri("police"),
    ) in graph
    assert article_iri("a b/c") == URIRef(SGD + "article/a%20b%2Fc")


def test_known_triples_of_a_small_article(extraction: Extraction) -> None:
    graph = extraction_to_graph(extraction, generated_at=WHEN)
    assert graph.identifier == article_graph_iri("lima-1")
    article = article_iri("lima-1")
    quote = extraction.quotes[0]
    statement = fact_iri("lima-1", quote.key)
    span = URIRef(f"{statement}/span")
    expected = {
        (article, RDF.type, SG.Article),
        (article, SG.text, Literal(TEXT)),
        (article, SG.sha256, Literal(extraction.article.sha256)),
        (article, SCHEMA.headline, Literal("Vote in Lima")),
        (article, SCHEMA.url, Literal("https://news.example/lima-1", datatype=XSD.anyURI)),
        (article, SG.date, Literal("2025-03-03", datatype=XSD.date)),
        (article, SG.dateCertainty, SG.Stated),
        (article, SCHEMA.mentions, actor_iri("civic-front")),
        (statement, SG.speaker, actor_iri("ines-quispe")),
        (statement, SG.content, Literal("clean")),
        (statement, SG.quoteKind, Literal("direct")),
        (statement, SG.cue, Literal("said")),
        (statement, SG.dateCertainty, SG.Assumed),
        (statement, SG.sourceArticle, article),
        (statement, SG.confidence, Literal("1.0", datatype=XSD.decimal)),
        (span, OA.start, Literal(quote.span.start, datatype=XSD.nonNegativeInteger)),
        (span, OA.end, Literal(quote.span.end, datatype=XSD.nonNegativeInteger)),
        (actor_iri("ines-quispe"), RDF.type, SG.Person),
        (actor_iri("ines-quispe"), SKOS.prefLabel, Literal("Inés Quispe")),
        (actor_iri("ines-quispe"), SKOS.altLabel, Literal("Mayor Quispe")),
        (actor_iri("ines-quispe"), SG.wikidata, URIRef("http://www.wikidata.org/entity/Q123")),
        (actor_iri("civic-front"), RDFS.comment, Literal("An opposition party.")),
        (claim_iri("lima-vote-clean"), RDF.type, SG.Claim),
        (graph.identifier, PROV.wasDerivedFrom, article),
        (graph.identifier, PROV.generatedAtTime, Literal(WHEN)),
        (graph.identifier, SG.method, Literal("curated")),
    }
    assert expected - set(graph) == set()
    # Nothing derivable: the words are the statement's content, the article its sourceArticle,
    # span and mention types follow from sg:span and sg:refersTo, a mentioned actor is mentioned.
    named = extraction.actor("ines-quispe").mentions[0]
    mention = fact_iri("lima-1", f"mention-{named.start}-{named.end}")
    assert {
        (span, OA.exact, Literal("clean")),
        (span, OA.hasSource, article),
        (span, RDF.type, SG.TextSpan),
        (mention, RDF.type, SG.Mention),
        (article, SCHEMA.mentions, actor_iri("ines-quispe")),
    } & set(graph) == set()
    assert (mention, OA.exact, Literal("Inés Quispe")) not in graph
    assert SG.Utterance not in set(graph.objects(None, RDF.type))
    event = fact_iri("lima-1", extraction.events[0].key)
    assert graph.value(event, SG.eventType) == SGT.arrest
    assert graph.value(event, SG.agent) == actor_iri("police")
    assert graph.value(event, SG.target) == actor_iri("tomas-rojas")
    assert graph.value(event, SG.confidence) == Literal("0.9", datatype=XSD.decimal)
    supports = next(s for s in extraction.stances if s.polarity == "support")
    stance = fact_iri("lima-1", supports.key)
    assert graph.value(stance, SG.basis) == statement
    assert graph.value(stance, SG.stanceTarget) == claim_iri("lima-vote-clean")
    # No blank nodes: every node has a deterministic IRI.
    assert not any(not isinstance(term, URIRef | Literal) for triple in graph for term in triple)


def test_round_trip_gives_the_canonical_extraction(extraction: Extraction) -> None:
    graph = extraction_to_graph(extraction, generated_at=WHEN)
    back = graph_to_extraction(graph, "lima-1")
    assert back == canonical(extraction)
    assert back.article.path is None
    assert [a.id for a in back.actors] == ["civic-front", "ines-quispe", "police", "tomas-rojas"]
    assert back.actor("ines-quispe").aliases == ("Mayor Quispe", "Quispe")
    assert back.stances[0].polarity == "support"  # sorted by span start: the quote comes first


def test_registry_actors_are_only_referred_to(extraction: Extraction) -> None:
    registry = [replace(a, mentions=()) for a in extraction.actors if a.id != "tomas-rojas"]
    ids = frozenset(a.id for a in registry)
    graph = extraction_to_graph(extraction, generated_at=WHEN, registry_ids=ids)
    assert (actor_iri("police"), SKOS.prefLabel, None) not in graph
    assert (actor_iri("tomas-rojas"), SKOS.prefLabel, Literal("Tomás Rojas")) in graph
    with pytest.raises(StoreError, match="described nowhere"):
        graph_to_extraction(graph, "lima-1")
    dataset = new_dataset()
    add_graph(dataset, graph)
    add_graph(dataset, actors_to_graph(registry))
    assert graph_to_extraction(dataset, "lima-1") == canonical(extraction)


def test_rebuilding_gives_an_isomorphic_graph(extraction: Extraction) -> None:
    first = extraction_to_graph(extraction, generated_at=WHEN)
    shuffled = replace(
        extraction,
        actors=extraction.actors[::-1],
        stances=extraction.stances[::-1],
    )
    second = extraction_to_graph(shuffled, generated_at=WHEN)
    assert isomorphic(first, second)
    later = extraction_to_graph(extraction, generated_at=datetime(2025, 1, 1))
    assert not isomorphic(first, later)


def test_two_records_with_one_iri_are_refused(extraction: Extraction) -> None:
    quote = extraction.quotes[0]
    other = replace(quote, kind="indirect")
    with pytest.raises(InputError, match="share the identifier 'statement-"):
        extraction_to_graph(replace(extraction, quotes=(quote, other)), generated_at=WHEN)
    # An exact repeat is the same fact and is simply merged.
    graph = extraction_to_graph(replace(extraction, quotes=(quote, quote)), generated_at=WHEN)
    assert len(graph_to_extraction(graph, "lima-1").quotes) == 1


def test_reading_an_absent_article_says_so() -> None:
    with pytest.raises(StoreError, match="no article 'nope'"):
        graph_to_extraction(new_dataset(), "nope")


def test_an_unknown_certainty_is_refused_on_read(extraction: Extraction) -> None:
    graph = extraction_to_graph(extraction, generated_at=WHEN)
    graph.set((article_iri("lima-1"), SG.dateCertainty, SG.Actor))
    with pytest.raises(StoreError, match="date certainty"):
        graph_to_extraction(graph, "lima-1")


def test_unknown_dates_and_bounds_round_trip() -> None:
    article = Article("d", "They met.", published=DateValue())
    bounded = DateValue(None, "unknown", date(2024, 7, 1), date(2024, 7, 31), "in July")
    group = Actor("they", "They", "Group", mentions=(article.span(0, 4),))
    event = Event("consult", article.span(0, 8), actors=("they",), date=bounded)
    extraction = Extraction(article, actors=(group,), events=(event,))
    graph = extraction_to_graph(extraction, generated_at=WHEN)
    node = fact_iri("d", event.key)
    assert graph.value(node, SG.dateCertainty) == SG.Unknown
    assert graph.value(node, SG.date) is None
    assert graph.value(node, SEM.hasEarliestBeginTimeStamp) == Literal(
        "2024-07-01", datatype=XSD.date
    )
    assert graph_to_extraction(graph, "d").events[0].date == bounded


def test_load_ontology_fills_two_graphs_and_leaves_the_shapes_out() -> None:
    dataset = new_dataset()
    load_ontology(dataset)
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    schemes = dataset.graph(EVENT_TYPES_GRAPH)
    assert (SG.Statement, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in ontology
    assert (SGT.arrest, SKOS.notation, Literal("arrest")) in schemes
    shapes = URIRef("http://www.w3.org/ns/shacl#NodeShape")
    assert not any(True for _ in dataset.quads((None, RDF.type, shapes, None)))
    before = len(ontology)
    load_ontology(dataset)  # reloading replaces, never duplicates
    assert len(dataset.graph(ONTOLOGY_GRAPH)) == before


def test_load_ontology_from_a_missing_folder(tmp_path) -> None:
    with pytest.raises(StoreError, match="no such ontology file"):
        load_ontology(new_dataset(), tmp_path)


def test_new_dataset_binds_the_prefixes() -> None:
    bound = dict(new_dataset().namespaces())
    for prefix in ("sg", "sgt", "sgd", "sem", "oa", "schema", "prov", "skos", "time"):
        assert prefix in bound
    assert str(bound["sgd"]) == SGD


def test_actor_registry_round_trip(extraction: Extraction) -> None:
    graph = actors_to_graph(extraction.actors)
    assert graph.identifier == ACTORS_GRAPH
    back = graph_to_actors(graph)
    assert back == sorted(
        (replace(a, mentions=(), aliases=tuple(sorted(a.aliases))) for a in extraction.actors),
        key=lambda a: a.id,
    )
    dataset = new_dataset()
    add_graph(dataset, graph)
    assert graph_to_actors(dataset) == back
    with pytest.raises(InputError, match="share the id 'police'"):
        actors_to_graph([*extraction.actors, Actor("police", "Cops", "Group")])


_slow = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_slow
@given(extractions())
def test_random_extractions_round_trip(extraction: Extraction) -> None:
    graph = extraction_to_graph(extraction, generated_at=WHEN)
    back = graph_to_extraction(graph, extraction.article.id)
    assert back == canonical(extraction)
    assert canonical(back) == back
    # Through a dataset, serialised and parsed again, nothing changes either.
    dataset = new_dataset()
    add_graph(dataset, graph)
    reparsed = new_dataset()
    reparsed.parse(data=dataset.serialize(format="trig"), format="trig")
    assert graph_to_extraction(reparsed, extraction.article.id) == back


@_slow
@given(extractions(), st.data())
def test_building_twice_is_isomorphic(extraction: Extraction, data: st.DataObject) -> None:
    shuffled = replace(
        extraction,
        actors=tuple(data.draw(st.permutations(extraction.actors))),
        quotes=tuple(data.draw(st.permutations(extraction.quotes))),
        stances=tuple(data.draw(st.permutations(extraction.stances))),
    )
    first = extraction_to_graph(extraction, generated_at=WHEN)
    assert isomorphic(first, extraction_to_graph(shuffled, generated_at=WHEN))
    assert set(first) == set(extraction_to_graph(extraction, generated_at=WHEN))


@_slow
@given(extractions())
def test_random_registries_round_trip(extraction: Extraction) -> None:
    actors = [replace(a, mentions=()) for a in extraction.actors]
    back = graph_to_actors(actors_to_graph(actors))
    assert back == [
        replace(a, aliases=tuple(sorted(a.aliases))) for a in sorted(actors, key=lambda a: a.id)
    ]


def test_a_graph_parsed_from_turtle_reads_back(extraction: Extraction) -> None:
    graph = extraction_to_graph(extraction, generated_at=WHEN)
    again = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert graph_to_extraction(again, "lima-1") == canonical(extraction)


def test_a_graph_in_the_older_fuller_form_still_conforms_and_reads_back(
    extraction: Extraction,
) -> None:
    from graph.validate import validate

    graph = extraction_to_graph(extraction, generated_at=WHEN)
    article = article_iri("lima-1")
    # What the mapping wrote before it left out the derivable triples.
    for fact in [*graph.subjects(RDF.type, SG.Statement), *graph.subjects(RDF.type, SG.Event)]:
        span = graph.value(fact, SG.span)
        graph.add((span, RDF.type, SG.TextSpan))
        graph.add((span, OA.hasSource, article))
        if (fact, SG.content, None) in graph:
            graph.add((span, OA.exact, graph.value(fact, SG.content)))
    for mention in set(graph.subjects(SG.refersTo, None)):
        graph.add((mention, RDF.type, SG.Mention))
        start, end = (int(graph.value(mention, p)) for p in (OA.start, OA.end))  # type: ignore[arg-type]
        graph.add((mention, OA.exact, Literal(TEXT[start:end])))
    for said in set(graph.objects(None, SG.utterance)):
        graph.add((said, RDF.type, SG.Utterance))
    for actor in extraction.actors:
        graph.add((article, SCHEMA.mentions, actor_iri(actor.id)))
    assert validate(graph).conforms
    assert graph_to_extraction(graph, "lima-1") == canonical(extraction)


def test_the_shapes_still_check_what_the_slim_form_leaves_out(extraction: Extraction) -> None:
    from graph.validate import validate

    graph = extraction_to_graph(extraction, generated_at=WHEN)
    mention = next(iter(graph.subjects(SG.refersTo, None)))
    graph.set((mention, OA.end, Literal(len(TEXT) + 5, datatype=XSD.nonNegativeInteger)))
    event = next(iter(graph.subjects(RDF.type, SG.Event)))
    graph.remove((graph.value(event, SG.span), OA.exact, None))
    statement = next(iter(graph.subjects(RDF.type, SG.Statement)))
    graph.remove((statement, SG.sourceArticle, None))
    violations = validate(graph).violations
    rules = {v.rule for v in violations}
    assert "sgsh:SpanInsideText" in rules and "sgsh:SpanHasArticle" in rules
    assert any(v.path == "sg:span/oa:exact" for v in violations)
