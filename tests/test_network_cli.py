"""``stancegraph network`` on a known stance set, read from a real store by the query facade."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import networkx as nx
import pytest

from graph.cli import build_parser, main
from graph.cli.network import run
from graph.errors import InputError, UnknownActor
from graph.model import Actor, Claim
from graph.queries import Queries
from tests.known_graph import Said, store_of

ACTORS = (
    Actor("us", "United States", "Country"),
    Actor("opp", "Venezuelan opposition", "Group", aliases=("the opposition",)),
    Actor("gov", "Venezuelan government", "GovernmentBody"),
    Actor("ally", "Maduro allies", "Group"),
)
STANCES = (
    Said("us", "opp", 1, "2024-07-30"),
    Said("gov", "opp", -1, "2024-07-29"),
    Said("ally", "gov", 1, "2024-07-29"),
    Said("us", "gonzalez-won", 1, "2024-08-01", "claim"),
    Said("gov", "gonzalez-won", -1, "2024-07-31", "claim"),
    Said("us", "gov", -1, "2024-07-20"),
)


@pytest.fixture(scope="module")
def facade() -> Queries:
    return Queries(store_of(STANCES, ACTORS, [Claim("gonzalez-won", "gonzalez won")]))


def args_of(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(["network", *argv])


def test_json_output_holds_nodes_edges_camps_frustration_and_balance(facade: Queries):
    out = json.loads(run(args_of("--format", "json"), facade))
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
    assert edge["us", "opp"]["first"] == edge["us", "opp"]["last"] == "2024-07-30"
    assert edge["us", "opp"]["undated"] == 0
    # the evidence is named, and read when asked for
    (evidence,) = edge["us", "opp"]["evidence_ids"]
    assert "/stance-us-support-opp-0-" in evidence
    assert [s.evidence for s in facade.stances("us", "opp")] == ["us on opp"]


def test_as_of_leaves_later_stances_out(facade: Queries):
    out = json.loads(run(args_of("--as-of", "2024-07-29", "--format", "json"), facade))
    assert {(e["source"], e["target"]) for e in out["edges"]} == {
        ("gov", "opp"),
        ("ally", "gov"),
        ("us", "gov"),
    }
    assert all(e["last"] <= "2024-07-29" for e in out["edges"])
    assert out["balance"] is None


def test_window_and_ego_network(facade: Queries):
    out = json.loads(
        run(args_of("--from", "2024-07-29", "--to", "2024-07-30", "--actor", "opposition",
                    "--format", "json"), facade)
    )  # fmt: skip
    assert {n["id"] for n in out["nodes"]} == {"opp", "us", "gov"}


def test_table_names_the_camps(facade: Queries):
    text = run(args_of(), facade)
    assert "coalition 0: Maduro allies; Venezuelan government" in text
    assert "coalition 1: Venezuelan opposition; United States" in text
    assert "frustration: 0   triad balance: 1.000" in text


def test_export_writes_a_gephi_file(facade: Queries, tmp_path: Path):
    target = tmp_path / "net.gexf"
    run(args_of("--export", str(target)), facade)
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


def test_unknown_actor_and_unwritable_export_are_input_errors(facade: Queries, tmp_path: Path):
    with pytest.raises(UnknownActor):
        run(args_of("--actor", "Atlantis"), facade)
    with pytest.raises(UnknownActor, match="no stance in this date window"):
        run(args_of("--actor", "Maduro allies", "--from", "2024-07-30"), facade)
    with pytest.raises(InputError, match="writable"):
        run(args_of("--export", str(tmp_path / "missing" / "net.graphml")), facade)
