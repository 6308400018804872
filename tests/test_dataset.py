"""Building and ingesting: deterministic builds, atomic writes that never hold an invalid graph,
builds into a persistent store, and re-ingesting an article replacing its graph."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from graph import dataset, rdf
from graph.cli import main
from graph.curated import load_annotation
from graph.errors import AnnotationError, ValidationFailed
from graph.queries import Queries
from graph.registry import load_registry
from graph.store import Store, open_store
from graph.store.memory import MemoryStore
from tests.conftest import copy_data


def _read(path: Path) -> Dataset:
    ds = Dataset()
    ds.parse(path, format="trig")
    return ds


def _same(a: Dataset, b: Dataset) -> bool:
    names = lambda ds: sorted(g.identifier for g in ds.graphs() if len(g))  # noqa: E731
    return names(a) == names(b) and all(isomorphic(a.graph(i), b.graph(i)) for i in names(a))


def test_building_twice_gives_isomorphic_datasets(
    seed_build: dataset.BuildReport, tmp_path: Path
) -> None:
    other = copy_data(tmp_path / "data")
    report = dataset.build(other)
    assert _same(_read(report.path), _read(seed_build.path))
    assert (report.triples, report.graphs, report.articles) == (
        seed_build.triples,
        seed_build.graphs,
        seed_build.articles,
    )
    assert report.articles == ("sknvibes-124624",)
    assert not [p for p in report.path.parent.iterdir() if p.name.endswith(".tmp")]


def test_an_invalid_graph_is_never_written(tmp_path: Path, monkeypatch) -> None:
    data = copy_data(tmp_path / "data")
    first = dataset.build(data)
    before = first.path.read_bytes()

    def refuse(ds: Dataset) -> None:
        raise ValidationFailed("1 violation", ("x: rule: message",))

    # The seed conforms, so stand in for a validator that finds a violation, and change the data
    # so that a build written despite it would differ from the first.
    monkeypatch.setattr(dataset, "require_valid", refuse)
    annotation = data / "annotations" / "00_seed.yaml"
    text = annotation.read_text(encoding="utf-8")
    changed = re.sub(r"(?m)^curated_on: .*$", "curated_on: 2030-01-01T00:00:00Z", text)
    assert changed != text
    annotation.write_text(changed, encoding="utf-8")
    with pytest.raises(ValidationFailed):
        dataset.build(data)
    assert first.path.read_bytes() == before
    assert [p.name for p in first.path.parent.iterdir()] == ["kg.trig"]


def test_a_broken_annotation_keeps_the_old_build(tmp_path: Path) -> None:
    data = copy_data(tmp_path / "data")
    first = dataset.build(data)
    before = first.path.read_bytes()
    (data / "annotations" / "00_seed.yaml").write_text("statements: [\n", encoding="utf-8")
    with pytest.raises(AnnotationError, match=r"00_seed\.yaml"):
        dataset.build(data)
    assert first.path.read_bytes() == before


def test_an_annotation_without_its_article_names_both(tmp_path: Path) -> None:
    data = copy_data(tmp_path / "data")
    (data / "annotations" / "00_seed.yaml").rename(data / "annotations" / "99_orphan.yaml")
    with pytest.raises(AnnotationError, match=r"99_orphan.yaml: no article .*99_orphan.txt"):
        dataset.assemble(data)


def test_build_into_oxigraph_answers_like_memory(
    tmp_path: Path, seed_data: Path, memory_store: Store, capsys
) -> None:
    data = copy_data(tmp_path / "data")
    spec = f"oxigraph:{tmp_path / 'ox'}"
    for _ in range(2):  # building again replaces, and stays the same
        assert main(["--store", spec, "--data", str(data), "build"]) == 0
        assert "triples in" in capsys.readouterr().out
    store = open_store(spec)
    try:
        assert store.graphs() == memory_store.graphs()
        assert len(store) == len(memory_store)
        assert Queries(store).timeline() == Queries(memory_store).timeline()
    finally:
        store.close()
    assert main(["--store", spec, "--data", str(data), "who-said", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["speaker"] for r in rows} >= {"Matthew Miller", "National Electoral Council"}


def test_validate_sources_and_store(seed_data: Path, capsys) -> None:
    assert main(["--data", str(seed_data), "validate", "--sources"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("conforms (") and out.rstrip().endswith("graphs)")


def test_ingesting_an_article_again_replaces_its_graph(seed_data: Path) -> None:
    store = MemoryStore.from_build(seed_data)
    actors = load_registry(seed_data / "actors.ttl")
    from graph.corpus import read_article

    article = read_article(seed_data / "articles" / "00_seed.txt")
    extraction, curated_on = load_annotation(
        seed_data / "annotations" / "00_seed.yaml", article, actors
    )
    ids = {a.id for a in actors}
    size = len(store)
    iri = dataset.ingest(store, extraction, generated_at=curated_on, registry_ids=ids)
    assert iri == rdf.article_graph_iri(article.id)
    assert len(store) == size
    fewer = dataclasses.replace(
        extraction,
        quotes=tuple(q for q in extraction.quotes if q.speaker != "matthew-miller"),
        stances=tuple(s for s in extraction.stances if s.source != "matthew-miller"),
    )
    dataset.ingest(store, fewer, generated_at=datetime(2026, 1, 1, tzinfo=UTC), registry_ids=ids)
    q = Queries(store)
    assert q.who_said(actor="Miller") == []
    assert q.who_said(actor="National Electoral Council")
    assert store.graphs().count(iri) == 1
