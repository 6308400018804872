"""SHACL validation: a valid small article conforms, each kind of breakage is named precisely."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from rdf_strategies import extractions
from rdflib import RDF, XSD, Dataset, Literal, URIRef
from test_rdf import small_extraction

from graph.errors import ValidationFailed
from graph.model import Event, Extraction
from graph.rdf import (
    actor_iri,
    actors_to_graph,
    add_graph,
    article_graph_iri,
    article_iri,
    claim_iri,
    extraction_to_graph,
    fact_iri,
    load_ontology,
    new_dataset,
)
from graph.validate import ValidationReport, Violation, require_valid, validate
from graph.vocab import OA, SEM, SG, SGT

WHEN = datetime(2024, 8, 1, tzinfo=UTC)


def dataset_of(extraction: Extraction, *, with_ontology: bool = True) -> Dataset:
    dataset = new_dataset()
    if with_ontology:
        load_ontology(dataset)
    add_graph(dataset, extraction_to_graph(extraction, generated_at=WHEN))
    return dataset


def article_graph(dataset: Dataset, article_id: str = "lima-1"):
    return dataset.graph(article_graph_iri(article_id))


def rules_of(report: ValidationReport) -> set[tuple[str, str]]:
    return {(v.focus, v.rule) for v in report.violations}


def statement() -> URIRef:
    return fact_iri("lima-1", small_extraction().quotes[0].key)


def test_a_valid_small_article_conforms() -> None:
    report = validate(dataset_of(small_extraction()))
    assert report == ValidationReport(conforms=True, violations=())
    assert str(report) == "the graph conforms to the stancegraph shapes"
    require_valid(dataset_of(small_extraction()))


def test_the_ontology_graphs_of_the_dataset_are_optional() -> None:
    assert validate(dataset_of(small_extraction(), with_ontology=False)).conforms
    assert validate(extraction_to_graph(small_extraction(), generated_at=WHEN)).conforms


def test_a_statement_without_speaker_is_named_with_its_rule() -> None:
    dataset = dataset_of(small_extraction())
    article_graph(dataset).remove((statement(), SG.speaker, None))
    report = validate(dataset)
    assert not report.conforms
    [violation] = report.violations
    assert violation == Violation(
        focus="sgd:article/lima-1/" + small_extraction().quotes[0].key,
        path="sg:speaker",
        rule="sh:MinCount",
        value=None,
        message=violation.message,
    )
    line = str(violation)
    assert line.startswith("sgd:article/lima-1/statement-")
    assert "sg:speaker" in line and "sh:MinCount" in line and "\n" not in line


def test_a_speaker_that_is_not_an_actor_breaks_sh_class() -> None:
    dataset = dataset_of(small_extraction())
    article_graph(dataset).set((statement(), SG.speaker, claim_iri("lima-vote-clean")))
    report = validate(dataset)
    [violation] = report.violations
    assert (violation.path, violation.rule) == ("sg:speaker", "sh:Class")
    assert violation.value == "sgd:claim/lima-vote-clean"


def test_a_span_whose_text_differs_from_the_quote() -> None:
    dataset = dataset_of(small_extraction())
    graph = article_graph(dataset)
    graph.set((statement(), SG.content, Literal("dirty")))
    report = validate(dataset)
    assert {v.rule for v in report.violations} == {"sgsh:ContentIsSpanText"}
    # A span that no longer slices back to the article breaks the span's own rule.
    graph.set((URIRef(f"{statement()}/span"), OA.exact, Literal("dirty")))
    report = validate(dataset)
    span = f"sgd:article/lima-1/{small_extraction().quotes[0].key}/span"
    assert (span, "sgsh:SpanTextMatches") in rules_of(report)
    [matches] = [v for v in report.violations if v.rule == "sgsh:SpanTextMatches"]
    assert matches.value == '"dirty"' and 'which reads "clean"' in matches.message


def test_a_span_past_the_end_of_the_text() -> None:
    dataset = dataset_of(small_extraction())
    span = URIRef(f"{statement()}/span")
    article_graph(dataset).set((span, OA.end, Literal(10_000, datatype=XSD.nonNegativeInteger)))
    article_graph(dataset).set((span, OA.start, Literal(10_001, datatype=XSD.nonNegativeInteger)))
    rules = {v.rule for v in validate(dataset).violations}
    assert {"sgsh:SpanInsideText", "sh:LessThanOrEquals"} <= rules


def test_an_unknown_event_type() -> None:
    extraction = small_extraction()
    event = replace(extraction.events[0], type="party")
    broken = replace(extraction, events=(event,))
    report = validate(dataset_of(broken))
    [violation] = report.violations
    assert violation.focus == f"sgd:article/lima-1/{event.key}"
    assert violation.rule == "sgsh:EventTypeInScheme"
    assert violation.value == "sgt:party"
    assert "sgt:scheme" in str(violation)


def test_an_event_without_participants() -> None:
    extraction = small_extraction()
    lonely = Event("hold_election", extraction.events[0].span)
    report = validate(dataset_of(replace(extraction, events=(lonely,))))
    assert {v.rule for v in report.violations} == {"sgsh:EventHasParticipant"}


def test_date_rules() -> None:
    dataset = dataset_of(small_extraction())
    graph = article_graph(dataset)
    article = article_iri("lima-1")
    graph.set((article, SG.dateCertainty, SG.Unknown))
    assert {v.rule for v in validate(dataset).violations} == {"sgsh:UnknownDateHasNoValue"}
    graph.set((article, SG.dateCertainty, SG.Stated))
    graph.remove((article, SG.date, None))
    assert {v.rule for v in validate(dataset).violations} == {"sgsh:KnownDateHasValue"}
    graph.set((article, SG.date, Literal(date(2025, 3, 7))))
    graph.set((article, SEM.hasEarliestBeginTimeStamp, Literal(date(2025, 3, 9))))
    graph.set((article, SEM.hasLatestEndTimeStamp, Literal(date(2025, 3, 5))))
    report = validate(dataset)
    assert {(v.path, v.rule) for v in report.violations} >= {
        ("sem:hasEarliestBeginTimeStamp", "sh:LessThanOrEquals"),
        ("sg:date", "sh:LessThanOrEquals"),
    }
    graph.set((article, SG.date, Literal("March 3rd")))
    assert ("sg:date", "sh:Datatype") in {(v.path, v.rule) for v in validate(dataset).violations}


def test_stance_and_article_rules() -> None:
    extraction = small_extraction()
    dataset = dataset_of(extraction)
    graph = article_graph(dataset)
    stance = fact_iri("lima-1", extraction.stances[0].key)
    graph.set((stance, SG.polarity, Literal("neutral")))
    graph.add((stance, SG.source, actor_iri("police")))
    graph.set((article_iri("lima-1"), SG.sha256, Literal("0" * 64)))
    found = {(v.path, v.rule) for v in validate(dataset).violations}
    assert found == {
        ("sg:polarity", "sh:In"),
        ("sg:source", "sh:MaxCount"),
        (None, "sgsh:ChecksumMatchesText"),
    }


def test_an_actor_needs_one_type_and_one_name() -> None:
    dataset = dataset_of(small_extraction())
    graph = article_graph(dataset)
    police = actor_iri("police")
    graph.add((police, RDF.type, SG.Person))
    graph.remove((police, URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), None))
    assert {(v.focus, v.rule) for v in validate(dataset).violations} == {
        ("sgd:actor/police", "sh:Xone"),
        ("sgd:actor/police", "sh:MinCount"),
    }


def test_actors_from_the_registry_graph_count() -> None:
    extraction = small_extraction()
    ids = frozenset({"police", "ines-quispe"})
    dataset = new_dataset()
    add_graph(dataset, extraction_to_graph(extraction, generated_at=WHEN, registry_ids=ids))
    report = validate(dataset)
    # Without the registry the two actors are referred to but described nowhere.
    assert ("sgd:article/lima-1/" + extraction.quotes[0].key, "sh:Class") in rules_of(report)
    add_graph(dataset, actors_to_graph(a for a in extraction.actors if a.id in ids))
    assert validate(dataset).conforms


def test_require_valid_raises_with_every_violation() -> None:
    dataset = dataset_of(small_extraction())
    article_graph(dataset).remove((statement(), SG.speaker, None))
    article_graph(dataset).set((fact_iri("lima-1", small_extraction().events[0].key),
                                SG.eventType, URIRef(str(SGT) + "party")))  # fmt: skip
    with pytest.raises(ValidationFailed) as caught:
        require_valid(dataset)
    assert "2 SHACL rule(s)" in str(caught.value)
    assert len(caught.value.violations) == 2
    assert any("sgsh:EventTypeInScheme" in v for v in caught.value.violations)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions(shacl_valid=True))
def test_every_valid_extraction_conforms(extraction: Extraction) -> None:
    report = validate(extraction_to_graph(extraction, generated_at=WHEN))
    assert report.conforms, str(report)


def test_rdfs_inference_is_available_and_still_catches_a_wrong_speaker() -> None:
    assert validate(dataset_of(small_extraction()), inference="rdfs").conforms
    dataset = dataset_of(small_extraction())
    article_graph(dataset).set((statement(), SG.speaker, claim_iri("lima-vote-clean")))
    # The range of sg:speaker now makes the claim an actor: it fails as an actor instead.
    report = validate(dataset, inference="rdfs")
    assert ("sgd:claim/lima-vote-clean", "sh:Xone") in rules_of(report)
