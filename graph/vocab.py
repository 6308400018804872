"""The closed vocabulary: rdflib namespaces mirroring ontology/stancegraph.ttl and event-types.ttl.

``SG`` and ``SGT`` are closed (``_fail = True``): a misspelt term raises ``AttributeError`` instead
of quietly minting a new IRI. ``tests/test_ontology.py`` checks that these lists and the Turtle
files declare exactly the same terms. The public vocabularies are plain namespaces.

>>> SG.Statement
rdflib.term.URIRef('https://w3id.org/stancegraph/ontology#Statement')
>>> SGT.hold_election
rdflib.term.URIRef('https://w3id.org/stancegraph/event-types#hold_election')
"""

# No ``from __future__ import annotations``: DefinedNamespace reads its terms from the class
# annotations, which must stay real objects.

from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "EVENT_TYPES_FILE",
    "OA",
    "ONTOLOGY_DIR",
    "ONTOLOGY_FILE",
    "PREFIXES",
    "PROV",
    "SCHEMA",
    "SEM",
    "SG",
    "SGD",
    "SGSH",
    "SGT",
    "SH",
    "SHAPES_FILE",
    "SKOS",
    "TIME",
]


class SG(DefinedNamespace):
    """Classes, individuals and properties of ``ontology/stancegraph.ttl``."""

    _fail = True
    _NS = Namespace("https://w3id.org/stancegraph/ontology#")

    # Classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    GovernmentBody: URIRef
    Country: URIRef
    Group: URIRef
    Article: URIRef
    Statement: URIRef
    Utterance: URIRef
    Event: URIRef
    Claim: URIRef
    Stance: URIRef
    TextSpan: URIRef
    Mention: URIRef
    DateCertainty: URIRef

    # Date certainty individuals
    Stated: URIRef
    Resolved: URIRef
    Inferred: URIRef
    Assumed: URIRef
    Unknown: URIRef

    # Article
    text: URIRef
    sha256: URIRef
    outlet: URIRef
    dateline: URIRef

    # Dates
    date: URIRef
    dateCertainty: URIRef
    dateNote: URIRef

    # Actors and mentions
    speaksFor: URIRef
    wikidata: URIRef
    refersTo: URIRef

    # Facts
    span: URIRef
    sourceArticle: URIRef
    confidence: URIRef
    speaker: URIRef
    content: URIRef
    utterance: URIRef
    quoteKind: URIRef
    cue: URIRef
    audience: URIRef
    eventType: URIRef
    agent: URIRef
    target: URIRef
    place: URIRef
    claimText: URIRef
    source: URIRef
    stanceTarget: URIRef
    polarity: URIRef
    basis: URIRef

    # Provenance and event-type alignment
    method: URIRef
    cameoCode: URIRef
    ploverCategory: URIRef


class SGT(DefinedNamespace):
    """The concept scheme of event types (``ontology/event-types.ttl``); names are notations."""

    _fail = True
    _NS = Namespace("https://w3id.org/stancegraph/event-types#")

    scheme: URIRef
    make_statement: URIRef
    appeal: URIRef
    consult: URIRef
    praise: URIRef
    congratulate: URIRef
    criticize: URIRef
    accuse: URIRef
    demand: URIRef
    reject: URIRef
    threaten: URIRef
    protest: URIRef
    arrest: URIRef
    order_arrest: URIRef
    censor: URIRef
    repress: URIRef
    use_force: URIRef
    sanction: URIRef
    hold_election: URIRef
    announce_result: URIRef


SGD = Namespace("https://w3id.org/stancegraph/id/")
"""Data IRIs: articles, actors, claims, facts and named graphs."""

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
DC = Namespace("http://purl.org/dc/elements/1.1/")
"""Dublin Core elements: ``dc:creator``, an article's byline as text (``dcterms:creator`` and
``schema:author`` expect an agent node)."""
PROV = Namespace("http://www.w3.org/ns/prov#")
TIME = Namespace("http://www.w3.org/2006/time#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
SH = Namespace("http://www.w3.org/ns/shacl#")
SGSH = Namespace("https://w3id.org/stancegraph/shapes#")

PREFIXES: dict[str, str] = {
    "sg": str(SG),
    "sgt": str(SGT),
    "sgd": str(SGD),
    "sem": str(SEM),
    "oa": str(OA),
    "schema": str(SCHEMA),
    "dc": str(DC),
    "prov": str(PROV),
    "skos": str(SKOS),
    "time": str(TIME),
}
"""The prefixes bound on every dataset and graph stancegraph makes."""

ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"
"""Where stancegraph.ttl, event-types.ttl and shapes.ttl live (the repository's ontology folder)."""

ONTOLOGY_FILE = "stancegraph.ttl"
EVENT_TYPES_FILE = "event-types.ttl"
SHAPES_FILE = "shapes.ttl"
