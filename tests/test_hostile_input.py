"""Hostile and broken input: every file we read is refused in one line naming it, never a
traceback, and nothing in the graph changes."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from graph import dataset
from graph.cli import main
from graph.corpus import decode_text, parse_metadata, read_article
from graph.dates import parse_iso_date
from graph.errors import ArticleError, InputError
from graph.store.memory import build_path
from tests.conftest import copy_data

TEXT = "“We will count every ballot,” said Nora Vidal, the city's election officer.\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = copy_data(tmp_path_factory.mktemp("hostile") / "data")
    dataset.build(data)
    return data


def _one_line_error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    capsys.readouterr()
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


# -- decoding ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with the platform's byte-order mark
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16le-bom", "utf16be-bom"],
)
def test_utf8_and_marked_utf16_are_read_alike(raw: bytes, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    assert read_article(path).text == TEXT


@pytest.mark.parametrize(
    ("raw", "named"),
    [
        ("Élection à Québec — “résultats”".encode("cp1252"), "Windows-1252"),
        ("Election à Quebec".encode("latin-1"), "Latin-1"),
        (TEXT.encode("utf-16-le"), "UTF-16 little-endian without a byte-order mark"),
        (TEXT.encode("utf-16-be"), "UTF-16 big-endian without a byte-order mark"),
        (b"\x00\x01\x02\x03" * 64, "binary"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "UTF-32"),
    ],
    ids=["cp1252", "latin1", "utf16le", "utf16be", "binary", "utf32"],
)
def test_other_encodings_are_refused_naming_the_likely_one(raw: bytes, named: str) -> None:
    with pytest.raises(ArticleError, match=named) as caught:
        decode_text(raw, "a.txt")
    assert "\n" not in str(caught.value) and str(caught.value).startswith("a.txt: ")


@pytest.mark.parametrize("text", ["“”“”\n„“", '"\'" ... — 123 !!', "   \n\t"])
def test_a_text_without_a_word_is_refused(text: str) -> None:
    with pytest.raises(ArticleError, match=r"empty|not a single word"):
        parse_metadata(text, {}, default_id="x")


# -- dates ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "meta",
    [
        {"published": "2024-02-28junk"},
        {"published": "2024-02-30"},
        {"published": "20240228"},
        {"published": "28/02/2024"},
        {"published_inferred": "2024-02-28junk (a Tuesday)"},
        {"published_inferred": "sometime in March"},
        {"published": "2024-02-28", "published_inferred": "2024-13-01 (bad)"},
        {"published_inferred": 20240228},
    ],
)
def test_sidecar_dates_are_strict_iso(meta: dict[str, object]) -> None:
    with pytest.raises(ArticleError) as caught:
        parse_metadata(TEXT, meta, default_id="x")
    assert "\n" not in str(caught.value) and str(caught.value).startswith("x: ")


def test_an_inferred_date_keeps_its_reason() -> None:
    article = parse_metadata(
        TEXT, {"published_inferred": "2024-09-02 ('Monday' = 2024-09-02)"}, default_id="x"
    )
    assert (article.published.iso, article.published.certainty) == ("2024-09-02", "inferred")
    assert "Monday" in (article.published.note or "")


def test_the_date_helper_is_strict() -> None:
    assert parse_iso_date("2024-02-29", "d").isoformat() == "2024-02-29"
    for bad in ("2023-02-29", "2024-2-9", " 2024-02-28", "2024-02-28T00:00", "２０２４-02-28"):
        with pytest.raises(InputError):
            parse_iso_date(bad, "d")


# -- files the build reads --------------------------------------------------------------------
def test_a_truncated_registry_is_one_line_at_every_cut(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_data(tmp_path / "data")
    whole = (built / "actors.ttl").read_bytes()
    refused = 0
    for cut in range(40, len(whole), max(1, len(whole) // 25)):
        (data / "actors.ttl").write_bytes(whole[:cut])
        capsys.readouterr()
        if main(["--data", str(data), "--store", "memory", "build"]) == 0:
            continue  # cut between two statements: still a registry
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert "actors.ttl" in err
        refused += 1
    assert refused > 10


def test_a_snapshot_with_an_ill_typed_literal_is_refused(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_data(tmp_path / "data")
    trig = build_path(built).read_text(encoding="utf-8")
    assert '"^^xsd:date' in trig
    at = trig.index('"^^xsd:date')
    broken = trig[: at - 10] + "2024-13-45" + trig[at:]
    build_path(data).parent.mkdir(parents=True)
    build_path(data).write_text(broken, encoding="utf-8")
    for argv in (["validate"], ["export", "--format", "nquads"]):
        err = _one_line_error(capsys, ["--data", str(data), "--store", "memory", *argv])
        assert "kg.trig" in err and "ill-typed literal '2024-13-45'" in err and "line " in err
    # A store that loads the snapshot itself (Oxigraph) reports it as a violation, no traceback.
    capsys.readouterr()
    assert main(["--data", str(data), "--store", "oxigraph-memory", "validate"]) == 1
    out, err = capsys.readouterr()
    assert "2024-13-45" in out and "Traceback" not in err and err.count("\n") == 1


def test_an_unreadable_ingested_graph_stops_the_build_in_one_line(
    built: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_data(tmp_path / "data")
    (data / "ingested").mkdir()
    (data / "ingested" / "x.ttl").write_text("@prefix : <http://e/> .\n:a :b [ :c ", "utf-8")
    err = _one_line_error(capsys, ["--data", str(data), "--store", "memory", "build"])
    assert "x.ttl" in err and "line" in err
    assert not build_path(data).exists()


def test_a_deeply_nested_sidecar_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "deep.txt"
    article.write_text(TEXT, encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ArticleError, match=r"deep\.json"):
        read_article(article)
    (tmp_path / "deep.json").write_text(json.dumps({"published": "2024-02-28junk"}), "utf-8")
    err = _one_line_error(capsys, ["--data", str(tmp_path / "data"), "extract", str(article)])
    assert "2024-02-28junk" in err


def test_a_deeply_nested_annotation_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_data(tmp_path / "data")
    annotation = next((data / "annotations").glob("*.yaml"))
    annotation.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    err = _one_line_error(capsys, ["--data", str(data), "--store", "memory", "build"])
    assert annotation.name in err and "nested too deeply" in err


def test_an_extraction_fault_in_a_batch_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph.extract import Extractor

    data = copy_data(tmp_path / "data")
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    real = Extractor._extract

    def extract(self, article, doc):  # type: ignore[no-untyped-def]
        if article.id == "second":
            raise KeyError("speaker")  # a fault of ours on the second article
        return real(self, article, doc)

    monkeypatch.setattr(Extractor, "_extract", extract)
    paths = []
    for name in ("first", "second"):
        text = TEXT.replace("Nora Vidal", f"Nora Vidal of the {name} district")
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    err = _one_line_error(capsys, ["--data", str(data), "--store", "memory", "ingest", *paths])
    assert "second: extraction failed (KeyError" in err
    after = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    assert after == before
