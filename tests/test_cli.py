"""The command line, run in-process through graph.cli.main: the JSON contract, CSV round trips,
date boundaries, the read-only sparql command, and one clean line for every bad input."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import yaml

from graph import dataset, rdf
from graph.cli import main
from graph.model import Actor, Article, DateValue, Extraction, Quote
from tests.conftest import REPO

ANNOTATION = yaml.safe_load((REPO / "data/annotations/00_seed.yaml").read_text(encoding="utf-8"))
WHO_SAID_KEYS = {"speaker", "text", "kind", "said_on", "date_certainty", "article", "start", "end"}
TIMELINE_KEYS = {"date", "kind", "type", "actors", "text", "article"}


@pytest.fixture(scope="module")
def run(seed_build: dataset.BuildReport, seed_data: Path):
    """Run the CLI on the seed build; returns (exit code, stdout, stderr)."""

    def invoke(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--store", "memory", "--data", str(seed_data), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def _json(run, capsys, *argv: str):
    code, out, err = run(*argv, "--format", "json", capsys=capsys)
    assert (code, err) == (0, "")
    return json.loads(out)


# -- the JSON contract -----------------------------------------------------------------------
def test_who_said_miller_json(run, capsys) -> None:
    rows = _json(run, capsys, "who-said", "--actor", "Miller")
    expected = {s["text"] for s in ANNOTATION["statements"] if s["speaker"] == "Matthew Miller"}
    assert {r["text"] for r in rows} == expected
    for row in rows:
        assert set(row) >= WHO_SAID_KEYS
        assert (row["speaker"], row["said_on"], row["date_certainty"]) == (
            "Matthew Miller",
            "2024-08-07",
            "inferred",
        )
        assert isinstance(row["start"], int) and isinstance(row["end"], int)


def test_timeline_json_starts_with_the_election(run, capsys) -> None:
    rows = _json(run, capsys, "timeline")
    assert all(set(r) >= TIMELINE_KEYS for r in rows)
    assert (rows[0]["date"], rows[0]["type"]) == ("2024-07-28", "hold_election")
    assert {r["kind"] for r in rows} == {"statement", "event"}
    dates = [r["date"] for r in rows]
    dated = [d for d in dates if d]
    assert dates == sorted(dated) + [None] * (len(dates) - len(dated))
    assert all(isinstance(r["actors"], list) for r in rows)


def test_actor_without_accent(run, capsys) -> None:
    profile = _json(run, capsys, "actor", "Gonzalez")
    assert profile["name"] == "Edmundo González Urrutia"
    rows = _json(run, capsys, "timeline", "--actor", "Gonzalez")
    assert rows and all("Edmundo González Urrutia" in r["actors"] for r in rows)


def test_who_said_about_gonzalez_includes_miller(run, capsys) -> None:
    rows = _json(run, capsys, "who-said", "--about", "González")
    assert "Matthew Miller" in {r["speaker"] for r in rows}


def test_contested_claims_show_both_sides(run, capsys) -> None:
    claims = _json(run, capsys, "claims", "--contested")
    by_id = {c["id"]: c for c in claims}
    claim = by_id["nicolas-maduro-won-the-election"]
    assert claim["contested"] is True
    assert "National Electoral Council" in {p["actor"] for p in claim["asserted_by"]}
    assert "Matthew Miller" in {p["actor"] for p in claim["disputed_by"]}
    code, out, _ = run("claims", "--contested", capsys=capsys)
    assert code == 0 and "nicolas-maduro-won-the-election" in out and "Matthew Miller" in out


@pytest.mark.parametrize(
    ("bounds", "count"),
    [
        (("--from", "2024-08-07", "--to", "2024-08-07"), 6),
        (("--to", "2024-08-06"), 0),
        (("--from", "2024-08-08"), 0),
        (("--from", "2024-08-07"), 6),
    ],
)
def test_date_filters_at_their_boundaries(run, capsys, bounds, count) -> None:
    rows = _json(run, capsys, "who-said", "--actor", "Miller", *bounds)
    assert len(rows) == count
    election = _json(run, capsys, "timeline", "--from", "2024-07-28", "--to", "2024-07-28")
    assert [r["type"] for r in election] == ["hold_election"]


def test_stances_and_search(run, capsys) -> None:
    stances = _json(run, capsys, "stances", "--actor", "Miller", "--as-of", "2024-08-07")
    assert stances and {s["source"] for s in stances} == {"Matthew Miller"}
    assert _json(run, capsys, "stances", "--actor", "Miller", "--as-of", "2024-08-06") == []
    found = _json(run, capsys, "search", "proclaimed")
    assert [r["speaker"] for r in found] == ["Matthew Miller"]


# -- CSV -------------------------------------------------------------------------------------
def test_csv_round_trips_the_seed(run, capsys) -> None:
    as_json = _json(run, capsys, "who-said")
    code, out, _ = run("who-said", "--format", "csv", capsys=capsys)
    assert code == 0
    back = list(csv.DictReader(io.StringIO(out)))
    assert [r["text"] for r in back] == [r["text"] for r in as_json]
    assert any("," in r["text"] for r in back) and any('"' in r["text"] for r in back)


def test_csv_survives_newlines_and_quotes(tmp_path: Path, capsys) -> None:
    text = 'He said: "yes, no,\nmaybe" and then, "stop".'
    article = Article("csv-test", text, published=DateValue(date(2024, 8, 1), "stated"))
    speaker = Actor("someone", "Some One", "Person")
    quote = Quote("someone", article.span(9, 25), "direct", DateValue(date(2024, 8, 1), "stated"))
    extraction = Extraction(article, (speaker,), (quote,), method="curated")
    ds = rdf.new_dataset()
    rdf.load_ontology(ds)
    graph = rdf.extraction_to_graph(extraction, generated_at=datetime(2024, 8, 2, tzinfo=UTC))
    target = ds.graph(rdf.article_graph_iri("csv-test"))
    for triple in graph:
        target.add(triple)
    dataset.write_trig(ds, tmp_path / "build" / "kg.trig")
    code = main(["--store", "memory", "--data", str(tmp_path), "who-said", "--format", "csv"])
    out = capsys.readouterr().out
    assert code == 0
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["text"] == '"yes, no,\nmaybe"'
    assert (row["speaker"], row["start"], row["end"]) == ("Some One", "9", "25")


# -- sparql ----------------------------------------------------------------------------------
def test_sparql_select_ask_and_limit(run, capsys, tmp_path: Path) -> None:
    query = (
        "PREFIX sg: <https://w3id.org/stancegraph/ontology#> "
        "SELECT ?c ?t WHERE { ?c a sg:Claim ; sg:claimText ?t } ORDER BY ?c"
    )
    rows = _json(run, capsys, "sparql", query)
    assert [r["c"].rsplit("/", 1)[-1] for r in rows] == sorted(
        c["id"] for c in ANNOTATION["claims"]
    )
    code, out, err = run("sparql", query, "--limit", "2", "--format", "json", capsys=capsys)
    assert code == 0 and len(json.loads(out)) == 2 and "raise --limit" in err
    assert _json(run, capsys, "sparql", "ASK { ?s ?p ?o }") == [{"ask": "true"}]
    path = tmp_path / "q.rq"
    path.write_text(query, encoding="utf-8")
    assert _json(run, capsys, "sparql", f"@{path}") == rows


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <https://w3id.org/stancegraph/id/graph/actors>",
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o . { SELECT * WHERE { SERVICE <http://e/q> { ?a ?b ?c } } } }",
        "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }",
    ],
)
def test_sparql_refuses_updates_service_and_from(run, capsys, seed_data: Path, query) -> None:
    before = _digest(seed_data)
    code, out, err = run("sparql", query, capsys=capsys)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "refused" in err and "Traceback" not in err
    assert _digest(seed_data) == before


# -- bad input: exit 1, one line -------------------------------------------------------------
BAD = [
    ("who-said", "--from", "2024-13-01"),
    ("who-said", "--to", "yesterday"),
    ("who-said", "--kind", "quoted"),
    ("who-said", "--actor", "Gonzales"),
    ("who-said", "--actor", 'x" } ; DROP ALL ; #'),
    ("who-said", "--format", "xml"),
    ("timeline", "--type", "elections"),
    ("timeline", "--from", "2024-08-02", "--to", "2024-08-01"),
    ("timeline", "--actor", "}\n{"),
    ("stances", "--as-of", "2024-02-30"),
    ("stances", "--target", "nobody at all"),
    ("actor", "Nobody Whatsoever"),
    ("actor", '"""'),
    ("claims", "--format", "yaml"),
    ("search", ""),
    ("search", "   "),
    ("sparql", "SELEC * WHERE {}"),
    ("sparql", ""),
    ("sparql", "ASK {}", "--limit", "0"),
    ("sparql", "ASK {}", "--timeout", "-1"),
    ("sparql", "ASK {}", "--limit", "many"),
    ("sparql", "@/no/such/file.rq"),
    ("export", "--format", "xml"),
    ("actor",),
    ("who-said", "--actor"),
]


@pytest.mark.parametrize("argv", BAD, ids=lambda a: " ".join(a)[:40])
def test_bad_input_is_one_line_and_exit_1(run, capsys, argv) -> None:
    with pytest.raises(SystemExit) if argv in {("actor",), ("who-said", "--actor")} else _nothing():
        code, out, err = run(*argv, capsys=capsys)
        assert code == 1
        assert out == ""
        assert err.count("\n") == 1 and err.startswith("stancegraph") and "Traceback" not in err
    if argv in {("actor",), ("who-said", "--actor")}:
        _, err = capsys.readouterr()
        assert err.count("\n") == 1 and "Traceback" not in err


def test_usage_errors_exit_1(seed_data: Path, capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--data", str(seed_data), "actor"])
    assert caught.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "required" in err


def test_a_missing_build_says_to_build(tmp_path: Path, capsys) -> None:
    code = main(["--store", "memory", "--data", str(tmp_path), "who-said"])
    err = capsys.readouterr().err
    assert code == 1
    assert err == (
        f"stancegraph: error: no graph at {tmp_path}/build/kg.trig; run `stancegraph build` first\n"
    )


# -- build, validate, export -----------------------------------------------------------------
def test_validate_and_export(run, capsys) -> None:
    code, out, _ = run("validate", capsys=capsys)
    assert code == 0 and out.startswith("conforms (") and " graphs)" in out
    code, out, _ = run("export", "--format", "turtle", capsys=capsys)
    assert code == 0 and "sg:Statement" in out


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


def test_who_said_and_search_show_a_bounded_page(run, capsys) -> None:
    every = _json(run, capsys, "who-said", "--all")
    assert len(every) > 2
    code, out, err = run("who-said", "--limit", "2", "--format", "json", capsys=capsys)
    assert code == 0 and json.loads(out) == every[:2]
    assert "showing the first 2 rows" in err and "--all" in err and len(err.splitlines()) == 1
    found = _json(run, capsys, "search", "the", "--all")
    code, out, err = run("search", "the", "--limit", "1", "--format", "json", capsys=capsys)
    assert len(found) > 1 and json.loads(out) == found[:1] and "--limit N" in err
    for argv in (("--limit", "0"), ("--limit", "x"), ("--limit", "2", "--all")):
        code, out, err = run("who-said", *argv, capsys=capsys)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
