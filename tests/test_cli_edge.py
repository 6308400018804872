"""Bad input at the edge: one line on stderr, exit status 1, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own exit path
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--bogus"], "unrecognized arguments"),
        (["nosuch"], "invalid choice"),
        (["extract"], "required"),
        (["extract", "/no/such/article.txt"], "no such article file"),
        (["eval", "/no/such/dir", "/no/gold"], "not a folder"),
        (["ingest", "/no/such/article.txt"], "no such article file"),
    ],
)
def test_bad_input_is_one_line(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(argv, capsys)
    assert code == 1
    assert err.count("\n") == 1 and needle in err and "Traceback" not in err


def test_extract_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "“We will keep the border open for everyone,” Interior Minister Ana Rey told reporters on Monday."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"id": "a", "published": "2025-05-07"}), "utf-8")
    code, out, _ = run(["extract", str(tmp_path / "a.txt")], capsys)
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"article", "actors", "quotes", "events", "stances"}
    (quote,) = result["quotes"]
    assert text[quote["start"] : quote["end"]] == quote["text"]
    assert (quote["speaker"], quote["said_on"], quote["date_certainty"]) == (
        "Ana Rey",
        "2025-05-05",
        "resolved",
    )
    assert quote["speaker"] in {a["name"] for a in result["actors"]}


def test_jsonl_keeps_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for name in ("b", "a", "c"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"“Article {name} says something important,” said Tom Ford.", "utf-8")
        paths.append(str(path))
    code, out, _ = run(["extract", "--format", "jsonl", *paths], capsys)
    assert code == 0
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["b", "a", "c"]


def test_a_rule_that_fails_on_an_article_is_one_line_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph.extract import extractor

    def broken(text: str) -> list:  # a fault of ours, not of the input
        raise IndexError("list index out of range")

    monkeypatch.setattr(extractor, "find_quotes", broken)
    (tmp_path / "gore.txt").write_text("“We will ask for a recount,” Al Moss said.", "utf-8")
    code, out, err = run(["extract", str(tmp_path / "gore.txt")], capsys)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "gore: extraction failed (IndexError: list index out of range)" in err
