"""The stance network of the curated seed article: the two camps of the 2024 Venezuelan election."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import networkx as nx
import pytest

from graph.cli import main
from graph.network import as_of, coalitions, stance_graph
from graph.queries import Queries
from graph.store import Store

ELECTION_DAY = date(2024, 7, 28)


@pytest.fixture(scope="module")
def seed_graph(memory_store: Store) -> nx.MultiDiGraph:
    queries = Queries(memory_store)
    return stance_graph(queries.stances(), queries.actors())


def camp_of(found, actor: str) -> int:
    return found.membership[actor]


def test_the_us_and_the_opposition_face_the_government_and_the_electoral_council(seed_graph):
    found = coalitions(seed_graph)
    west = {"united-states", "matthew-miller", "venezuelan-opposition",
            "edmundo-gonzalez-urrutia", "maria-corina-machado"}  # fmt: skip
    chavismo = {"government-of-venezuela", "national-electoral-council"}
    assert len({camp_of(found, a) for a in west}) == 1
    assert len({camp_of(found, a) for a in chavismo}) == 1
    assert camp_of(found, "united-states") != camp_of(found, "government-of-venezuela")
    assert found.frustration == 0


def test_the_allies_who_congratulated_maduro_stand_with_his_government(seed_graph):
    found = coalitions(seed_graph)
    assert camp_of(found, "maduro-allies") == camp_of(found, "government-of-venezuela")


def test_a_view_before_election_day_holds_no_post_election_stance(seed_graph):
    dated = [d for *_, d in seed_graph.edges(data="date") if d]
    assert any(d >= ELECTION_DAY for d in dated)  # the seed does report post-election stances
    before = as_of(seed_graph, date(2024, 7, 27))
    assert all(d is not None and d < ELECTION_DAY for *_, d in before.edges(data="date"))
    after = as_of(seed_graph, date(2024, 7, 29))
    assert ("national-electoral-council", "claim:nicolas-maduro-won-the-election") in after.edges()


def test_the_command_reads_the_built_store(seed_build, seed_data: Path, tmp_path: Path, capsys):
    gexf = tmp_path / "seed.gexf"
    argv = ["--data", str(seed_data), "network", "--format", "json", "--export", str(gexf)]
    assert main(argv) == 0
    out = json.loads(capsys.readouterr().out)
    camp = {n["id"]: n["coalition"] for n in out["nodes"]}
    assert camp["united-states"] == camp["venezuelan-opposition"] != camp["government-of-venezuela"]
    assert set(nx.read_gexf(gexf).nodes) == set(camp)
    assert main(["--data", str(seed_data), "network", "--actor", "Atlantis"]) == 1
    assert "Atlantis" in capsys.readouterr().err
