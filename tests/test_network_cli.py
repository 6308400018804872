"""``stancegraph network`` on a known stance set served by a stand-in for the query facade."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest

from graph.cli import build_parser, main
from graph.cli.network import run
from graph.errors import InputError, UnknownActor


@dataclass(frozen=True)
class Stance:
    source: str
    source_id: str
    target: str
    target_id: str
    target_kind: str
    polarity: str
    sign: int
    date: str | None
    date_certainty: str
    evidence: str
    article: str
    start: int
    end: int
    confidence: float


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str


ACTORS = {
    "us": Actor("us", "United States", "Country"),
    "opp": Actor("opp", "Venezuelan opposition", "Group"),
    "gov": Actor("gov", "Venezuelan government", "GovernmentBody"),
    "ally": Actor("ally", "Maduro allies", "Group"),
}


def stance(source: str, target: str, sign: int, day: str | None, kind: str = "actor") -> Stance:
    name = ACTORS[target].name if kind == "actor" else target.replace("-", " ")
    return Stance(
        ACTORS[source].name, source, name, target, kind,
        "support" if sign > 0 else "oppose", sign, day, "stated" if day else "unknown",
        f"{source} on {target}", "a1", 0, 5, 1.0,
    )  # fmt: skip


STANCES = [
    stance("us", "opp", 1, "2024-07-30"),
    stance("gov", "opp", -1, "2024-07-29"),
    stance("ally", "gov", 1, "2024-07-29"),
    stance("us", "gonzalez-won", 1, "2024-08-01", "claim"),
    stance("gov", "gonzalez-won", -1, "2024-07-31", "claim"),
    stance("us", "gov", -1, "2024-07-20"),
]


class Facade:
    def stances(self) -> list[Stance]:
        return list(STANCES)

    def actors(self) -> list[Actor]:
        return list(ACTORS.values())

    def resolve_actor(self, name: str) -> Actor:
        for actor in ACTORS.values():
            if name.lower() in actor.name.lower():
                return actor
        raise UnknownActor(f"{name!r} matches no actor")


def args_of(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(["network", *argv])


def test_json_output_holds_nodes_edges_camps_frustration_and_balance():
    out = json.loads(run(args_of("--format", "json"), Facade()))
    # equal sizes: camps come in order of their sorted member ids
    assert out["coalitions"] == [["ally", "gov"], ["opp", "us"]]
    assert out["frustration"] == 0
    assert out["balance"] == 1.0  # us-opp-gov: (+)(-)(-)
    node = {n["id"]: n for n in out["nodes"]}
    assert node["gov"]["name"] == "Venezuelan government" and node["gov"]["coalition"] == 0
    assert node["claim:gonzalez-won"]["coalition"] == 1
    assert node["gov"]["oppose_in"] == 1 and node["gov"]["support_in"] == 1
    edge = {(e["source"], e["target"]): e for e in out["edges"]}
    assert edge["us", "opp"]["sign"] == 1 and edge["us", "opp"]["weight"] == 1
    assert edge["us", "opp"]["dates"] == ["2024-07-30"]
    assert edge["us", "opp"]["evidence"] == ["us on opp"]


def test_as_of_leaves_later_stances_out():
    out = json.loads(run(args_of("--as-of", "2024-07-29", "--format", "json"), Facade()))
    assert {(e["source"], e["target"]) for e in out["edges"]} == {
        ("gov", "opp"),
        ("ally", "gov"),
        ("us", "gov"),
    }
    assert all(d <= "2024-07-29" for e in out["edges"] for d in e["dates"])
    assert out["balance"] is None


def test_window_and_ego_network():
    out = json.loads(
        run(args_of("--from", "2024-07-29", "--to", "2024-07-30", "--actor", "opposition",
                    "--format", "json"), Facade())
    )  # fmt: skip
    assert {n["id"] for n in out["nodes"]} == {"opp", "us", "gov"}


def test_table_names_the_camps():
    text = run(args_of(), Facade())
    assert "coalition 0: Maduro allies; Venezuelan government" in text
    assert "coalition 1: Venezuelan opposition; United States" in text
    assert "frustration: 0   triad balance: 1.000" in text


def test_export_writes_a_gephi_file(tmp_path: Path):
    target = tmp_path / "net.gexf"
    run(args_of("--export", str(target)), Facade())
    back = nx.read_gexf(target)
    assert back.edges["us", "gov"]["sign"] == -1
    assert back.nodes["gov"]["coalition"] == 0 and back.nodes["us"]["coalition"] == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--as-of", "29/07/2024"), "YYYY-MM-DD"),
        (("--from", "2024-08-01", "--to", "2024-07-01"), "earlier date first"),
        (("--as-of", "2024-08-01", "--to", "2024-08-01"), "not both"),
        (("--export", "net.csv"), "unknown extension"),
        (("--hops", "-1"), "negative"),
    ],
)
def test_bad_arguments_end_in_one_line_and_exit_1(argv, message, capsys):
    assert main(["network", *argv]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_unknown_actor_and_unwritable_export_are_input_errors(tmp_path: Path):
    with pytest.raises(UnknownActor):
        run(args_of("--actor", "Atlantis"), Facade())
    with pytest.raises(UnknownActor, match="no stance in this date window"):
        run(args_of("--actor", "allies", "--from", "2024-07-30"), Facade())
    with pytest.raises(InputError, match="writable"):
        run(args_of("--export", str(tmp_path / "missing" / "net.graphml")), Facade())
