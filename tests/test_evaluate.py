"""Scoring: the corpus-level stance network, and `stancegraph eval` over several corpora."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.cli import main
from graph.evaluate import network_edges, score_network
from graph.model import Actor, Article, Extraction, Stance

TEXT = "Ana Soto backed Rui Lopes. The Lusitanian government condemned Rui Lopes."


def extraction(*stances: tuple[str, str, str]) -> Extraction:
    article = Article("a", TEXT)
    actors = (
        Actor("ana-soto", "Ana Soto", "Person", ("Soto",)),
        Actor("rui-lopes", "Rui Lopes", "Person"),
        Actor("gov", "Lusitanian government", "GovernmentBody"),
    )
    made = tuple(Stance(s, t, "actor", p, article.span(0, 25)) for s, t, p in stances)
    return Extraction(article, actors=actors, stances=made)


GOLD = {
    "actors": [
        {"name": "Ana Soto", "aliases": ["Soto"]},
        {"name": "Government of Lusitania", "aliases": ["Lusitanian government"]},
    ],
    "stances": [
        {"source": "Soto", "target": "Rui Lopes", "polarity": "support", "evidence": "x"},
        {
            "source": "Lusitanian government",
            "target": "Rui Lopes",
            "polarity": "oppose",
            "evidence": "y",
        },
        {"source": "Soto", "target": "claim: the vote was clean", "polarity": "support",
         "evidence": "z"},
    ],
}  # fmt: skip


def test_edges_use_gold_names_and_skip_claims() -> None:
    mine, gold = network_edges(extraction(("gov", "rui-lopes", "oppose")), GOLD)
    assert gold == {
        ("ana soto", "rui lopes", "support"),
        ("government of lusitania", "rui lopes", "oppose"),
    }
    assert mine == {("government of lusitania", "rui lopes", "oppose")}


def test_an_exact_alias_wins_over_a_shared_word_with_an_earlier_actor() -> None:
    """A body named exactly by a later gold actor's alias keeps that name, though an earlier
    gold actor's alias ("the head of the Lusitanian federation") shares its words."""
    article = Article("a", "The Lusitanian federation backed Rui Lopes.")
    actors = (
        Actor("fed", "Lusitanian federation", "Organization", ("LFF",)),
        Actor("rui-lopes", "Rui Lopes", "Person"),
    )
    stance = Stance("fed", "rui-lopes", "actor", "support", article.span(0, 25))
    gold = {
        "actors": [
            {"name": "Ana Soto", "aliases": ["the head of the Lusitanian federation"]},
            {"name": "Lusitanian Football Federation", "aliases": ["Lusitanian federation"]},
        ],
        "stances": [],
    }
    mine, _ = network_edges(Extraction(article, actors=actors, stances=(stance,)), gold)
    assert mine == {("lusitanian football federation", "rui lopes", "support")}


def test_network_counts_each_edge_once_across_articles() -> None:
    wrong_sign = extraction(("ana-soto", "rui-lopes", "oppose"))
    right = extraction(("ana-soto", "rui-lopes", "support"), ("gov", "rui-lopes", "oppose"))
    score = score_network([(right, GOLD), (right, GOLD), (wrong_sign, GOLD)])
    assert (score.true_positives, score.system, score.gold) == (2, 3, 2)
    assert score.precision == pytest.approx(2 / 3) and score.recall == 1.0


def corpus(root: Path, name: str) -> Path:
    folder = root / name
    (folder / "articles").mkdir(parents=True)
    (folder / "gold").mkdir()
    text = "“We reject this ruling,” said Marta Quiroga on Tuesday."
    (folder / "articles" / "01.txt").write_text(text, encoding="utf-8")
    gold = {
        "actors": [{"name": "Marta Quiroga", "aliases": []}],
        "quotes": [{"text": "We reject this ruling,", "speaker": "Marta Quiroga"}],
        "stances": [],
    }
    (folder / "gold" / "01.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_eval_reports_corpora_side_by_side(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = corpus(tmp_path, "alpha"), corpus(tmp_path, "beta")
    assert main(["eval", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    assert "== alpha" in out and "== beta" in out and "network edges" in out
    side = [line for line in out.splitlines() if line.startswith("attribution")]
    assert side and side[0].split()[1:] == ["1.00/1.00/1.00", "1.00/1.00/1.00"]


def test_eval_json_has_the_network(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = corpus(tmp_path, "alpha")
    assert main(["eval", str(folder / "articles"), str(folder / "gold"), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["network"]["gold"] == 0 and report["articles"][-1]["article"] == "TOTAL"


def test_eval_refuses_a_folder_without_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "loose").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "third").mkdir()
    folders = [str(tmp_path / n) for n in ("loose", "other", "third")]
    code = main(["eval", *folders])
    assert code == 1 and "not a corpus folder" in capsys.readouterr().err


def test_stance_target_is_scored_apart() -> None:
    from graph.evaluate import score_article

    wrong_target = extraction(("ana-soto", "gov", "support"))
    gold = {
        "actors": GOLD["actors"],
        "quotes": [],
        "stances": [
            {"source": "Soto", "target": "Rui Lopes", "polarity": "support",
             "evidence": "Ana Soto backed Rui Lopes"},
        ],
    }  # fmt: skip
    score = score_article(wrong_target, gold)
    assert score.stances.true_positives == 1 and score.targets.true_positives == 0
    right = score_article(extraction(("ana-soto", "rui-lopes", "support")), gold)
    assert right.targets.true_positives == 1


def test_eval_errors_list_the_networks_missed_edges(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = corpus(tmp_path, "alpha")
    gold_path = folder / "gold" / "01.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold["actors"].append({"name": "Supreme Court", "aliases": []})
    gold["stances"] = [
        {"source": "Marta Quiroga", "target": "Supreme Court", "polarity": "oppose",
         "evidence": "We reject this ruling"},
    ]  # fmt: skip
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    assert main(["eval", str(folder), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "- missed edge marta quiroga -oppose-> supreme court (01)" in out
    assert main(["eval", str(folder)]) == 0
    assert "missed edge" not in capsys.readouterr().out
