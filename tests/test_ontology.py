"""The ontology, the event-type scheme and the shapes: they parse, agree with each other, with the
closed vocabulary of graph/vocab.py and with the records of graph/model.py."""

from __future__ import annotations

import pytest
from rdf_strategies import EVENT_TYPES
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from graph.model import ACTOR_TYPES, DATE_CERTAINTIES
from graph.vocab import (
    EVENT_TYPES_FILE,
    OA,
    ONTOLOGY_DIR,
    ONTOLOGY_FILE,
    PROV,
    SCHEMA,
    SEM,
    SG,
    SGT,
    SH,
    SHAPES_FILE,
    SKOS,
)


def parse(name: str) -> Graph:
    return Graph().parse(ONTOLOGY_DIR / name, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return parse(ONTOLOGY_FILE)


@pytest.fixture(scope="module")
def scheme() -> Graph:
    return parse(EVENT_TYPES_FILE)


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return parse(SHAPES_FILE)


def declared(graph: Graph, namespace: str) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(namespace)}


def used(graph: Graph, namespace: str) -> set[URIRef]:
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and term.startswith(namespace)
    }


def test_the_three_files_parse(ontology: Graph, scheme: Graph, shapes: Graph) -> None:
    assert (URIRef("https://w3id.org/stancegraph/ontology"), RDF.type, OWL.Ontology) in ontology
    assert (SGT.scheme, RDF.type, SKOS.ConceptScheme) in scheme
    assert len(set(shapes.subjects(RDF.type, SH.NodeShape))) >= 10


def test_the_ontology_header(ontology: Graph) -> None:
    header = URIRef("https://w3id.org/stancegraph/ontology")
    for predicate in (OWL.versionInfo, RDFS.comment, URIRef("http://purl.org/dc/terms/license")):
        assert ontology.value(header, predicate) is not None, predicate


def test_vocab_mirrors_the_ontology_exactly(ontology: Graph) -> None:
    assert set(dir(SG)) == declared(ontology, str(SG))


def test_vocab_mirrors_the_event_types_exactly(scheme: Graph) -> None:
    assert set(dir(SGT)) == declared(scheme, str(SGT))


def test_a_misspelt_term_is_an_error() -> None:
    with pytest.raises(AttributeError):
        _ = SG.Statment
    with pytest.raises(AttributeError):
        _ = SGT["elections"]


def test_the_scheme_and_the_shapes_use_only_declared_terms(
    ontology: Graph, scheme: Graph, shapes: Graph
) -> None:
    sg_terms = declared(ontology, str(SG))
    assert used(scheme, str(SG)) <= sg_terms
    assert used(shapes, str(SG)) <= sg_terms
    assert used(shapes, str(SGT)) <= declared(scheme, str(SGT))


def test_every_term_has_a_label_and_a_comment(ontology: Graph) -> None:
    for term in declared(ontology, str(SG)):
        assert isinstance(ontology.value(term, RDFS.label), Literal), term
        assert isinstance(ontology.value(term, RDFS.comment), Literal), term


def test_every_property_has_a_domain_and_a_range(ontology: Graph) -> None:
    properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty)
    )
    # Properties are exactly the lower-case terms of the vocabulary.
    assert properties == {t for t in dir(SG) if t[len(str(SG))].islower()}
    for prop in properties:
        assert ontology.value(prop, RDFS.domain) is not None, prop
        assert ontology.value(prop, RDFS.range) is not None, prop


def test_every_class_has_a_shape(ontology: Graph, shapes: Graph) -> None:
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}
    assert SG.Statement in classes and SG.DateCertainty in classes
    targeted = set(shapes.objects(None, SH.targetClass))
    assert classes - targeted == set()


def test_the_records_and_the_ontology_agree(ontology: Graph) -> None:
    assert {c for c in ontology.subjects(RDFS.subClassOf, SG.Actor)} == {
        SG[name] for name in ACTOR_TYPES
    }
    individuals = set(ontology.subjects(RDF.type, SG.DateCertainty))
    assert {str(ontology.value(i, RDFS.label)) for i in individuals} == set(DATE_CERTAINTIES)


@pytest.mark.parametrize(
    ("term", "parent"),
    [
        (SG.Event, SEM.Event),
        (SG.Actor, SEM.Actor),
        (SG.Actor, PROV.Agent),
        (SG.Article, PROV.Entity),
        (SG.Article, SCHEMA.NewsArticle),
        (SG.Statement, SCHEMA.Quotation),
        (SG.Claim, SCHEMA.Claim),
        (SG.Person, SCHEMA.Person),
        (SG.GovernmentBody, SCHEMA.GovernmentOrganization),
        (SG.TextSpan, OA.TextPositionSelector),
        (SG.TextSpan, OA.TextQuoteSelector),
    ],
)
def test_classes_align_with_public_vocabularies(
    ontology: Graph, term: URIRef, parent: URIRef
) -> None:
    assert (term, RDFS.subClassOf, parent) in ontology


@pytest.mark.parametrize(
    ("term", "parent"),
    [
        (SG.date, SEM.hasTimeStamp),
        (SG.agent, SEM.hasActor),
        (SG.target, SEM.hasActor),
        (SG.sourceArticle, PROV.wasDerivedFrom),
    ],
)
def test_properties_align_with_public_vocabularies(
    ontology: Graph, term: URIRef, parent: URIRef
) -> None:
    assert (term, RDFS.subPropertyOf, parent) in ontology


def test_one_concept_per_event_type(scheme: Graph) -> None:
    concepts = set(scheme.subjects(RDF.type, SKOS.Concept))
    notations = {str(scheme.value(c, SKOS.notation)) for c in concepts}
    assert notations == set(EVENT_TYPES)
    assert len(concepts) == len(EVENT_TYPES)
    for concept in concepts:
        notation = str(scheme.value(concept, SKOS.notation))
        assert concept == SGT[notation]
        assert scheme.value(concept, SKOS.prefLabel) is not None
        assert scheme.value(concept, SKOS.definition) is not None
        assert (concept, SKOS.inScheme, SGT.scheme) in scheme
        top = (concept, SKOS.topConceptOf, SGT.scheme) in scheme
        broader = set(scheme.objects(concept, SKOS.broader))
        assert top != bool(broader), f"{notation} is either top or narrower, not both/neither"
        assert broader <= concepts
        assert top == ((SGT.scheme, SKOS.hasTopConcept, concept) in scheme)


def test_known_hierarchy_and_codes(scheme: Graph) -> None:
    assert (SGT.congratulate, SKOS.broader, SGT.praise) in scheme
    assert (SGT.order_arrest, SKOS.broader, SGT.arrest) in scheme
    codes = {
        str(scheme.value(c, SKOS.notation)): str(code)
        for c, code in scheme.subject_objects(SG.cameoCode)
    }
    assert codes["accuse"] == "112"
    assert codes["criticize"] == "111"
    assert codes["arrest"] == "173"
    assert codes["sanction"] == "163"
    assert "hold_election" not in codes
    assert all(code.isdigit() for code in codes.values())
