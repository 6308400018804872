"""The shapes compiled to SPARQL say "conforms" only where pyshacl does, and find what it finds.

``graph.validate.require_valid`` trusts a "conforms" from the compiled queries without asking
pyshacl, so every broken graph here must be caught by them; where they find something, pyshacl
decides (and reports), so they may only ever be stricter, and on these graphs they agree.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from rdf_strategies import extractions
from rdflib import XSD, Dataset, Graph, Literal, URIRef
from test_rdf import small_extraction

from graph import validate as v
from graph.model import Extraction
from graph.rdf import add_graph, article_graph_iri, extraction_to_graph, load_ontology, new_dataset
from graph.shapequery import compile_shapes
from graph.vocab import SG, SH

WHEN = datetime(2024, 8, 1, tzinfo=UTC)


def dataset(graph: Graph | None = None) -> Dataset:
    ds = new_dataset()
    load_ontology(ds)
    add_graph(ds, graph if graph is not None else extraction_to_graph(small_extraction(),
                                                                       generated_at=WHEN))  # fmt: skip
    return ds


def both(ds: Dataset) -> tuple[bool, bool]:
    """(the compiled queries' answer, pyshacl's)."""
    return v._quickly_conforms(ds, v.ONTOLOGY_DIR), v.validate(ds).conforms


def test_the_repository_shapes_compile_whole() -> None:
    compiled = v.compiled_shapes()
    assert compiled is not None
    # every node shape with targets gives queries; each SPARQL constraint is one of them
    assert len(compiled.queries) > 60
    sparql = len(set(v._shapes(v.ONTOLOGY_DIR).objects(None, SH.sparql)))
    assert sparql >= 10 and sum("$this" in q for q in compiled.queries) == sparql


def test_a_valid_article_conforms_without_pyshacl(monkeypatch: pytest.MonkeyPatch) -> None:
    assert both(dataset()) == (True, True)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("pyshacl should not run for a graph that conforms")

    monkeypatch.setattr(v, "shacl_validate", refuse)
    v.require_valid(dataset())


def _mutations(graph: Graph, rng: random.Random) -> list[tuple[str, Graph]]:
    """Broken (or harmless) copies of ``graph``: a triple dropped, an object swapped for another
    node of the graph or a literal of the wrong kind, a second value added."""
    triples = sorted(graph, key=str)
    nodes = sorted({t[0] for t in triples} | {t[2] for t in triples}, key=str)
    odd = [Literal("x"), Literal(""), Literal(-3), Literal("2024-13-45", datatype=XSD.date),
           Literal("seven", datatype=XSD.integer), Literal("y", lang="es"), URIRef("urn:nowhere"),
           Literal(date(1999, 1, 1)), Literal("0.5", datatype=XSD.decimal)]  # fmt: skip
    out = []
    for i, (s, p, o) in enumerate(triples):
        copy = Graph()
        for t in triples:
            copy.add(t)
        kind = i % 4
        if kind == 0:
            copy.remove((s, p, o))
        elif kind == 1:
            copy.set((s, p, rng.choice(nodes)))
        elif kind == 2:
            copy.set((s, p, rng.choice(odd)))
        else:
            copy.add((s, p, rng.choice(odd + nodes[:5])))
        out.append((f"{kind} {s.n3()} {p.n3()} {o.n3()}", copy))
    return out


def test_every_broken_copy_of_an_article_is_caught() -> None:
    graph = extraction_to_graph(small_extraction(), generated_at=WHEN)
    rng = random.Random(14)
    cases = _mutations(graph, rng)
    broken = agreed = 0
    for name, copy in rng.sample(cases, 60):
        ds = new_dataset()
        load_ontology(ds)
        target = ds.graph(article_graph_iri("lima-1"))
        target.addN((s, p, o, target) for s, p, o in copy)
        quick, slow = both(ds)
        assert slow or not quick, f"the compiled shapes let through: {name}"
        broken += not slow
        agreed += quick == slow
    assert broken >= 30  # the mutations do break things
    assert agreed >= 57  # and the compiled shapes are hardly ever stricter than pyshacl


def test_an_ill_typed_literal_is_left_to_pyshacl() -> None:
    ds = dataset()
    ds.graph(article_graph_iri("lima-1")).add(
        (URIRef("urn:x"), SG.confidence, Literal("high", datatype=XSD.decimal))
    )
    assert v._quickly_conforms(ds, v.ONTOLOGY_DIR) is False


@pytest.mark.parametrize(
    ("shape", "why"),
    [
        (
            "[] a sh:NodeShape ; sh:targetClass sg:Actor ; sh:node [ sh:nodeKind sh:IRI ] .",
            "sh:node",
        ),
        ("[] a sh:NodeShape ; sh:targetClass sg:Actor ; sh:closed true .", "sh:closed"),
        (
            "[] a sh:NodeShape ; sh:targetClass sg:Actor ; sh:property [ sh:path "
            "[ sh:zeroOrMorePath sg:speaksFor ] ; sh:minCount 1 ] .",
            "zero-or-more path",
        ),
        (
            '[] a sh:NodeShape ; sh:targetClass sg:Actor ; sh:sparql [ sh:select """SELECT $this '
            'WHERE { ?x ?p ?o OPTIONAL { ?o ?q ?r FILTER (?r = $this) } }""" ] .',
            "$this in OPTIONAL",
        ),
        (
            '[] a sh:NodeShape ; sh:targetClass sg:Actor ; sh:sparql [ sh:select """SELECT $this '
            'WHERE { { SELECT ?x WHERE { $this ?p ?x } } }""" ] .',
            "a subquery",
        ),
        (
            '[] a sh:NodeShape ; sh:targetClass sg:Actor ; sh:sparql [ sh:select """SELECT $this '
            'WHERE { $this ?p $currentShape }""" ] .',
            "$currentShape",
        ),
    ],
)
def test_an_unknown_shape_feature_leaves_everything_to_pyshacl(shape: str, why: str) -> None:
    shapes = Graph().parse(
        data=f"@prefix sh: <{SH}> . @prefix sg: <{SG}> . {shape}", format="turtle"
    )
    assert compile_shapes(shapes) is None, why


def test_dollar_this_in_a_union_branch_or_exists_is_kept() -> None:
    shapes = Graph().parse(
        data=f"""@prefix sh: <{SH}> . @prefix sg: <{SG}> .
        [] a sh:NodeShape ; sh:targetClass sg:Actor ; sh:sparql [ sh:select '''SELECT $this WHERE {{
            {{ $this sg:speaksFor ?x }} UNION {{ ?x sg:speaksFor $this }}
            FILTER NOT EXISTS {{ $this a ?t . FILTER EXISTS {{ ?t a ?u }} }} }}''' ] .""",
        format="turtle",
    )
    compiled = compile_shapes(shapes)
    assert compiled is not None and len(compiled.queries) == 1


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions(shacl_valid=True))
def test_valid_extractions_conform_by_the_compiled_shapes(extraction: Extraction) -> None:
    graph = extraction_to_graph(extraction, generated_at=WHEN)
    if v._quickly_conforms(graph, v.ONTOLOGY_DIR):
        return
    # Stricter than pyshacl only where Oxigraph cannot compare a value: a decimal of more than
    # 18 places (extracted confidences have a few); pyshacl then decides, and it conforms.
    assert any(len(str(o).partition(".")[2]) > 18 for o in graph.objects(None, SG.confidence))
    assert v.validate(graph).conforms
