"""`follow` with its extraction worker: the same graph as extracting in process, a failing
extraction alone, and an interrupted run leaving the data folder as it was.

Feeds and pages are written here and served from 127.0.0.1 by the test itself.
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import PROV

from graph import rdf, transaction
from graph.extract import Extractor
from graph.follow import follow
from graph.registry import load_registry
from graph.transaction import JOURNAL_NAME, is_temp_name
from tests.test_follow import data, five_entry_feed, run, site, stored  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[1]


def graphs_without_times(folder: Path) -> dict[str, set]:
    """Each ingested article's triples, but the time the graph was made."""
    found = {}
    for path in sorted((folder / "ingested").glob("*")):
        graph = Graph().parse(path, format="nt")
        found[path.stem] = {t for t in graph if t[1] != PROV.generatedAtTime}
    return found


def who_said(folder: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert run(folder, "who-said", "--format", "json", "--all") == 0
    rows = json.loads(capsys.readouterr().out)
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))


@pytest.mark.parametrize(("store", "workers"), [("memory", 2), ("oxigraph", 1)])
def test_the_worker_gives_what_extracting_here_gives(
    store: str,
    workers: int,
    data: Path,  # noqa: F811
    site,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from graph import dataset

    real, prepared = dataset.prepare, []

    def prepare(*args, **kwargs):  # type: ignore[no-untyped-def]
        prepared.append(kwargs.get("article_ids"))
        return real(*args, **kwargs)

    monkeypatch.setattr(dataset, "prepare", prepare)
    feed = five_entry_feed(site)
    other = tmp_path / "other"
    shutil.copytree(data, other)
    extractor = Extractor(load_registry(data / "actors.ttl"))
    reports = [
        follow(
            [feed], data_dir=folder, extractor=lambda: extractor, workers=count, store_spec=store
        )
        for folder, count in ((data, 0), (other, workers))
    ]
    assert [len(r.added) for r in reports] == [5, 5]
    # Each batch prepared once, as its extractions came, and written as prepared.
    assert len(prepared) == 2 and all(ids and len(ids) == 5 for ids in prepared)
    assert reports[0].added == reports[1].added  # ids and counts, in the same order
    assert stored(data) == stored(other)
    here, there = graphs_without_times(data), graphs_without_times(other)
    assert len(here) == 5 and here == there
    assert sum(len(t) for t in here.values()) > 100
    assert who_said(data, capsys) == who_said(other, capsys)
    assert not multiprocessing.active_children()


def test_an_extraction_that_raises_fails_alone(
    data: Path,  # noqa: F811
    site,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = Extractor._extract

    def extract(self, article, doc):  # type: ignore[no-untyped-def]
        if article.id.startswith("farmers"):
            raise RuntimeError("the parser gave up")
        return real(self, article, doc)

    monkeypatch.setattr(Extractor, "_extract", extract)  # the worker is forked with it
    feed = five_entry_feed(site)
    before = set(stored(data))
    assert run(data, "follow", feed) == 0
    err = capsys.readouterr().err
    failed = [line for line in err.splitlines() if "failed:" in line]
    assert len(failed) == 1 and "/levy: farmers-" in failed[0]
    assert "extraction failed (RuntimeError: the parser gave up)" in failed[0]
    assert "4 added, 0 skipped, 1 failed" in err
    assert len(set(stored(data)) - before) == 4


def test_an_extraction_that_raises_fails_alone_without_a_worker(
    data: Path,  # noqa: F811
    site,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = Extractor._extract

    def extract(self, article, doc):  # type: ignore[no-untyped-def]
        if article.id.startswith("farmers"):
            raise IndexError("list index out of range")
        return real(self, article, doc)

    monkeypatch.setattr(Extractor, "_extract", extract)
    extractor = Extractor(load_registry(data / "actors.ttl"))
    before = set(stored(data))
    report = follow([five_entry_feed(site)], data_dir=data, extractor=lambda: extractor, workers=0)
    assert len(report.added) == 4 and len(report.failed) == 1, report.failed
    assert "farmers-" in report.failed[0] and "IndexError" in report.failed[0]
    assert len(set(stored(data)) - before) == 4


def folder_files(folder: Path) -> dict[str, bytes]:
    """The data folder's files but the lock and the Oxigraph mirror (made by opening the store)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and not any(part.startswith("oxigraph") for part in p.relative_to(folder).parts)
        and p.name != transaction.LOCK_NAME
    }


@pytest.mark.parametrize("where", ["preparing", "committing"])
def test_an_interrupted_run_writes_nothing(
    where: str,
    data: Path,  # noqa: F811
    site,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl-C while the graphs are made (the worker still extracting) or at the commit."""
    feed = five_entry_feed(site)
    before = folder_files(data)
    calls = []
    if where == "preparing":
        real = rdf.extraction_to_graph

        def to_graph(extraction, **kwargs):  # type: ignore[no-untyped-def]
            calls.append(extraction.article.id)
            if len(calls) == 2:
                raise KeyboardInterrupt
            return real(extraction, **kwargs)

        monkeypatch.setattr(rdf, "extraction_to_graph", to_graph)
    else:

        def commit(self) -> None:  # type: ignore[no-untyped-def]
            calls.append(len(self._moves))
            raise KeyboardInterrupt

        monkeypatch.setattr(transaction.Transaction, "commit", commit)
    assert run(data, "follow", feed) == 130
    assert "stancegraph: interrupted" in capsys.readouterr().err
    assert calls and (where == "preparing" or calls[0] == 15)  # 3 files an article, all staged
    assert not multiprocessing.active_children()
    after = folder_files(data)
    assert not [p for p in after if is_temp_name(Path(p).name) or p == JOURNAL_NAME]
    assert after == before
    monkeypatch.undo()
    assert run(data, "follow", feed) == 0
    assert "5 new: 5 added" in capsys.readouterr().err


def test_graphs_prepared_before_another_ingest_are_made_again(data: Path) -> None:  # noqa: F811
    """Graphs made outside the lock are written only if the folder has not changed since."""
    from datetime import UTC, datetime

    from graph.extract.nlp import load_pipeline
    from graph.ingest import Prepared, ingest_extractions
    from graph.model import Article

    extractor = Extractor(pipeline=load_pipeline("blank"))
    one = extractor(Article("one-vote", "“We will win this vote,” said Ana Soto."))
    when = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
    state = transaction.folder_state(data)
    other = extractor(Article("other-vote", "“The vote is lost,” said Bo Lind."))
    ingest_extractions([other], data_dir=data, store_spec="memory")  # another writer meanwhile
    assert transaction.folder_state(data) != state
    empty = [(rdf.article_graph_iri("one-vote"), Graph())]  # stands for graphs made before
    ingest_extractions(
        [one], data_dir=data, store_spec="memory", prepared=Prepared(state, empty, when)
    )
    kept = (data / "ingested" / "one-vote.ttl").read_text(encoding="utf-8")
    assert "We will win this vote" in kept and "2024-01-02T03:04:05" not in kept
    # Unchanged since: the graphs given are the ones written, with their time.
    state = transaction.folder_state(data)
    made = Graph()
    made.parse(data=kept, format="nt")
    for triple in list(made.triples((None, PROV.generatedAtTime, None))):
        made.remove(triple)
    made.add((rdf.article_graph_iri("one-vote"), PROV.generatedAtTime, Literal(when)))
    again = [(rdf.article_graph_iri("one-vote"), made)]
    ingest_extractions(
        [one], data_dir=data, store_spec="memory", prepared=Prepared(state, again, when)
    )
    kept = (data / "ingested" / "one-vote.ttl").read_text(encoding="utf-8")
    assert "2024-01-02T03:04:05" in kept and "We will win this vote" in kept
    assert '"2024-01-02T03:04:05+00:00"' in (data / "articles" / "one-vote.json").read_text()
