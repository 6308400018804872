"""The synthetic corpus generator: the shape the issue asks for, determinism, and the same triples
as the project's own RDF mapping."""

from __future__ import annotations

import collections
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic

from graph import rdf, synth
from graph.store import open_store
from graph.vocab import SG


def test_article_triples_are_those_of_the_rdf_mapping() -> None:
    world = synth._World(300, seed=5)
    registry_ids = frozenset(a.id for a in world.actors)
    checked = 0
    for extraction in synth.synthetic_articles(world):
        expected = rdf.extraction_to_graph(
            extraction, generated_at=synth.GENERATED_AT, registry_ids=registry_ids
        )
        lines = synth.article_ntriples(extraction, synth.GENERATED_AT)
        got = Graph().parse(data="".join(lines), format="nt")
        if not isomorphic(expected, got):
            _, only_expected, only_got = graph_diff(expected, got)
            pytest.fail(f"{sorted(only_expected)[:3]} != {sorted(only_got)[:3]}")
        checked += 1
    assert checked == 30


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    a = synth.synthesize(tmp_path / "a", statements=120, seed=3)
    b = synth.synthesize(tmp_path / "b", statements=120, seed=3)
    c = synth.synthesize(tmp_path / "c", statements=120, seed=4)
    kg = "build/kg.trig"
    assert (a.path / kg).read_bytes() == (b.path / kg).read_bytes()
    assert (a.path / kg).read_bytes() != (c.path / kg).read_bytes()


def test_shape_counts_dates_and_quote_lengths(tmp_path: Path) -> None:
    report = synth.synthesize(tmp_path, statements=2000, seed=1)
    assert (report.statements, report.articles, report.actors) == (2000, 200, 40)
    ds = Dataset(default_union=True)
    ds.parse(tmp_path / "build" / "kg.trig", format="trig")
    assert sum(1 for _ in ds.quads((None, None, None, None))) == report.triples
    contents = [str(o) for o in ds.objects(None, SG.content)]
    assert len(contents) == 2000
    assert all(100 <= len(c) <= 300 for c in contents)
    speakers = collections.Counter(ds.objects(None, SG.speaker))
    top, *_ = speakers.most_common(1)
    # Zipf: the busiest speaker says far more than an even share (2000 / 40 = 50)
    assert top[1] > 150 and len(speakers) > 20
    years = {str(d)[:4] for d in ds.objects(None, SG.date)}
    assert years >= {"2022", "2023", "2024"}
    events = set(ds.subjects(SG.eventType, None))
    stances = set(ds.subjects(SG.polarity, None))
    assert 350 <= len(events) <= 450 and len(stances) > len(events)


def test_the_folder_opens_as_a_built_store_and_keeps_spans(tmp_path: Path) -> None:
    synth.synthesize(tmp_path, statements=50, seed=2)
    store = open_store("memory", data_dir=tmp_path)
    try:
        rows = store.query("statements")
        articles = {str(r["article"]): r for r in store.query("articles")}
        assert len(rows) == 50
        for r in rows:
            text = str(articles[str(r["article"])]["text"])
            assert text[int(str(r["start"])) : int(str(r["end"]))] == str(r["exact"])
    finally:
        store.close()


def test_cli_writes_the_folder_and_refuses_bad_sizes(tmp_path: Path) -> None:
    run = [sys.executable, "-m", "graph", "synth", "--out", str(tmp_path / "s")]
    done = subprocess.run([*run, "--statements", "30"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "30 statements" in done.stdout
    assert (tmp_path / "s" / "build" / "kg.trig").exists()
    bad = subprocess.run([*run, "--statements", "0"], capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and "at least 1" in bad.stderr


def test_a_small_folder_conforms_to_the_shapes_and_reads_back_as_its_records(
    tmp_path: Path,
) -> None:
    from graph.readback import graph_to_extraction
    from graph.validate import validate

    synth.synthesize(tmp_path, statements=60, seed=7)
    ds = Dataset()
    ds.parse(tmp_path / "build" / "kg.trig", format="trig")
    report = validate(ds)
    assert report.conforms, str(report)[:500]
    # The same world and draws as synthesize's: each article reads back as the records written.
    articles = list(synth.synthetic_articles(synth._World(60, seed=7)))
    assert len(articles) == 6
    for extraction in articles:
        assert graph_to_extraction(ds, extraction.article.id) == extraction
