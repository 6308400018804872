"""Ingest: extracted articles join the graph, replace themselves, and survive a rebuild."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph

from graph import rdf
from graph.cli import main
from graph.errors import ValidationFailed
from graph.model import Actor, Article, DateValue, Extraction, Quote
from graph.text import slugify

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = (
    "“We will not recognise this count,” opposition leader Rosa Valdez told reporters on Monday.\n"
    "Interior Minister Hugo Ramos said that the protests were organised from abroad.\n"
)


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target, ignore=shutil.ignore_patterns("build"))
    assert main(["--data", str(target), "build"]) == 0
    return target


def _who(data: Path, capsys: pytest.CaptureFixture[str], actor: str) -> str:
    capsys.readouterr()
    assert main(["--data", str(data), "who-said", "--actor", actor, "--format", "json"]) == 0
    return capsys.readouterr().out


def test_ingest_replaces_and_survives_rebuild(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "valdez.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "valdez.json").write_text('{"published": "2025-02-05"}', encoding="utf-8")
    assert main(["--data", str(data), "ingest", str(article)]) == 0
    first = _who(data, capsys, "Rosa Valdez")
    assert '"said_on": "2025-02-03"' in first and "We will not recognise this count" in first
    # Ingesting again replaces the article's graph: the same single statement.
    assert main(["--data", str(data), "ingest", str(article)]) == 0
    assert _who(data, capsys, "Rosa Valdez") == first
    # A rebuild from data/ keeps the ingested article.
    assert main(["--data", str(data), "build"]) == 0
    assert "We will not recognise this count" in _who(data, capsys, "Rosa Valdez")


def test_bad_article_changes_nothing(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (data / "build" / "kg.trig").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Café, not UTF-8".encode("cp1252"))  # (\xff\xfe would be UTF-16's mark)
    assert main(["--data", str(data), "ingest", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not UTF-8" in err
    assert (data / "build" / "kg.trig").read_bytes() == before
    assert not (data / "articles" / "bad.txt").exists()


def test_one_actor_spelled_two_ways_stays_one_actor(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.txt"
    first.write_text(
        "“We will keep fighting for every vote,” said José Pérez, the mayor.\n", "utf-8"
    )
    second = tmp_path / "second.txt"
    second.write_text("“The count must be repeated in full,” said Jose Perez.\n", "utf-8")
    assert main(["--data", str(data), "ingest", str(first)]) == 0
    assert main(["--data", str(data), "ingest", str(second)]) == 0
    capsys.readouterr()
    assert main(["--data", str(data), "validate"]) == 0
    assert main(["--data", str(data), "build"]) == 0
    said = _who(data, capsys, "Jose Perez")
    assert said.count('"speaker": "José Pérez"') == 2


def test_a_claim_keeps_its_first_wording(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, text in (
        ("c1", "Ana Ruiz said on Monday that José Pérez won the election.\n"),
        ("c2", "Ana Ruiz said again that Jose Perez won the election.\n"),
    ):
        (tmp_path / f"{name}.txt").write_text(text, "utf-8")
        assert main(["--data", str(data), "ingest", str(tmp_path / f"{name}.txt")]) == 0
    assert main(["--data", str(data), "build"]) == 0
    capsys.readouterr()
    assert main(["--data", str(data), "claims", "--format", "json"]) == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if "won the election" in r["text"]]
    assert [r["text"] for r in rows] == ["José Pérez won the election"]


def test_reviewed_edits_survive_a_rebuild(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    from graph.extract import Extractor
    from graph.ingest import ingest_extractions
    from graph.model import Article

    text = "“We will appeal,” said Rosa Valdez.\n“The count was rigged,” said Hugo Ramos.\n"
    result = Extractor()(Article("review", text))
    assert len(result.quotes) == 2
    reviewed = replace(result, quotes=result.quotes[:1], stances=())  # the reviewer drops one
    ingest_extractions([reviewed], data_dir=data)
    assert main(["--data", str(data), "build"]) == 0
    capsys.readouterr()
    assert main(["--data", str(data), "search", "rigged", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert "We will appeal" in _who(data, capsys, "Rosa Valdez")


def _said(article_id: str, name: str, words: str) -> Extraction:
    text = f"“{words},” said {name}.\n"
    article = Article(
        article_id, text, outlet="Test Wire", published=DateValue(date(2025, 3, 3), "stated")
    )
    who = article.find(name)
    actor = Actor(slugify(name), name, "Person", mentions=(who,))
    return Extraction(article, (actor,), (Quote(actor.id, article.find(words), "direct"),))


@pytest.mark.parametrize("spec", ["memory", "oxigraph"])
def test_a_batch_is_validated_once_and_lands_whole_or_not_at_all(
    data: Path, monkeypatch: pytest.MonkeyPatch, spec: str
) -> None:
    from graph import dataset
    from graph.ingest import ingest_extractions
    from graph.store import open_store

    real, checks = dataset.require_valid, []
    bad = rdf.article_graph_iri("batch-bad")

    def check(graphs: list[Graph]) -> None:
        # The seed conforms: stand in for a validator that finds a violation in one graph.
        named = (str(g.identifier) for g in graphs if len(g))
        checks.append(sorted(g for g in named if "/graph/article/" in g))
        if any(g.identifier == bad and len(g) for g in graphs):
            raise ValidationFailed("1 SHACL violation", ("x: rule: message",))
        real(graphs)

    monkeypatch.setattr(dataset, "require_valid", check)
    good = _said("batch-good", "Mara Lindqvist", "The harbour stays open all winter")
    wrong = _said("batch-bad", "Jonas Berg", "Nobody asked the fishermen about it")
    with pytest.raises(ValidationFailed):
        ingest_extractions([good, wrong], data_dir=data, store_spec=spec)
    assert len(checks) == 1 and len(checks[0]) == 2  # both graphs, one validation
    assert not list((data / "articles").glob("batch-*"))
    assert not (data / "ingested").exists() or not list((data / "ingested").glob("batch-*"))
    other = _said("batch-other", "Ilse Dahl", "The ferry line must keep its winter timetable")
    checks.clear()
    ingest_extractions([good, other], data_dir=data, store_spec=spec)
    assert len(checks) == 1 and len(checks[0]) == 2
    store = open_store(spec, data_dir=data)
    try:
        stored = {str(g) for g in store.graphs()}
    finally:
        store.close()
    assert {str(rdf.article_graph_iri(a)) for a in ("batch-good", "batch-other")} <= stored
    assert str(bad) not in stored
