"""The signed stance network: known answers on small signed graphs, time views, diffs, exports."""

from __future__ import annotations

import json
from datetime import date
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.dates import parse_iso_date
from graph.errors import AmbiguousActor, InputError, UnknownActor
from graph.model import Actor
from graph.network import (
    analyze,
    as_of,
    balanced_triads,
    between,
    betweenness,
    coalitions,
    collapse,
    degrees,
    diff,
    ego,
    find_actor,
    frustration,
    pagerank,
    report_graph,
    signed_graph,
    stance_graph,
    to_node_link,
    triad_balance,
    write,
)
from graph.queries import StanceRow


def stance(
    source_id: str,
    target_id: str,
    sign: int,
    day: str | None = None,
    *,
    target_kind: str = "actor",
    evidence: str = "evidence",
    article: str = "a1",
    start: int = 0,
    end: int = 8,
) -> StanceRow:
    """A stance row as the query facade gives it; the names are the ids title-cased."""
    return StanceRow(
        source=source_id.title(),
        source_id=source_id,
        target=target_id.title(),
        target_id=target_id,
        target_kind=target_kind,
        polarity="support" if sign > 0 else "oppose",
        sign=sign,
        date=parse_iso_date(day, "day") if day else None,
        date_certainty="stated" if day else "unknown",
        evidence=evidence,
        basis_text=None,
        article=article,
        start=start,
        end=end,
        confidence=1.0,
    )


def day(text: str) -> date:
    return parse_iso_date(text, "day")


def graph_of(edges: str) -> nx.MultiDiGraph:
    """A stance graph from ``"a+b c-d"``: a supports b, c opposes d."""
    rows = [stance(e[0], e[2], 1 if e[1] == "+" else -1) for e in edges.split()]
    return stance_graph(rows)


def labels(groups) -> dict[str, int]:
    return {n: i for i, group in enumerate(groups) for n in group}


# -- known answers on small signed graphs --------------------------------------------------

BALANCED_4 = "a+b c+d a-c a-d b-c d-b"  # two camps {a, b} and {c, d}, complete graph
NEGATIVE_TRIANGLE = "a-b b-c c-a"
# a b c support each other, d e too; a-d b-e c-d oppose across; c+e is the one frustrated edge.
# Triangles: abc (+++) and acd (+--) are balanced; cde (-++) and bce (++-) are not.
FIVE = "a+b b+c a+c d+e a-d b-e c-d c+e"


def test_balanced_four_nodes_split_in_two_camps_with_nothing_frustrated():
    G = graph_of(BALANCED_4)
    found = coalitions(G)
    assert found.groups == (("a", "b"), ("c", "d"))
    assert found.frustration == 0
    assert balanced_triads(signed_graph(G)) == (4, 4)
    assert triad_balance(signed_graph(G)) == 1.0


def test_all_negative_triangle_is_unbalanced_and_frustrates_one_edge():
    G = graph_of(NEGATIVE_TRIANGLE)
    S = signed_graph(G)
    assert triad_balance(S) == 0.0
    assert coalitions(G).frustration == 1
    # every two-camp split frustrates at least one edge, and no split does better
    splits = [[set(c), set("abc") - set(c)] for r in range(4) for c in combinations("abc", r)]
    assert min(frustration(S, split) for split in splits) == 1


def test_five_node_example_has_frustration_one_and_half_its_triangles_balanced():
    G = graph_of(FIVE)
    S = signed_graph(G)
    assert balanced_triads(S) == (2, 4)
    assert triad_balance(S) == 0.5
    found = coalitions(G)
    assert found.frustration == 1
    assert found.groups == (("a", "b", "c"), ("d", "e"))


def test_frustration_counts_positive_edges_across_and_negative_edges_inside():
    S = signed_graph(graph_of(FIVE))
    assert frustration(S, [set("abcde")]) == 3  # the three negative edges a-d b-e c-d
    assert frustration(S, {n: n for n in "abcde"}) == 5  # five positive edges, all across
    assert frustration(S, [{"a", "b", "c"}]) == 2  # d, e alone: d+e and c+e across


def test_mixed_pairs_carry_no_sign_and_make_no_triangle():
    G = graph_of("a+b b-a b+c c+a")
    S = signed_graph(G)
    assert not S.has_edge("a", "b")
    assert triad_balance(S) is None
    assert collapse(G).edges["a", "b"]["sign"] == 1  # direction kept in the collapsed graph
    assert collapse(graph_of("a+b a-b")).edges["a", "b"]["sign"] == 0


def test_collapse_nets_each_ordered_pair():
    rows = [
        stance("a", "b", 1, "2024-07-30", evidence="late"),
        stance("a", "b", 1, "2024-07-29", evidence="early"),
        stance("a", "b", -1, None, evidence="undated"),
        stance("b", "a", -1, "2024-08-01"),
    ]
    D = collapse(stance_graph(rows))
    ab = D.edges["a", "b"]
    assert (ab["weight"], ab["support"], ab["oppose"], ab["net"], ab["sign"]) == (3, 2, 1, 1, 1)
    assert (ab["first"], ab["last"]) == (day("2024-07-29"), day("2024-07-30"))
    assert ab["evidence"] == ["early", "late", "undated"]
    assert ab["dates"] == [day("2024-07-29"), day("2024-07-30"), None]
    assert D.edges["b", "a"]["sign"] == -1


# -- coalitions --------------------------------------------------------------------------------


@st.composite
def balanced_signed_graphs(draw):
    """Edges among up to 14 nodes split at random into two camps, signed to agree with them."""
    n = draw(st.integers(2, 14))
    camp = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=40, unique=True))
    rows = [stance(f"n{i:02d}", f"n{j:02d}", 1 if camp[i] == camp[j] else -1) for i, j in chosen]
    return rows, {f"n{i:02d}": camp[i] for i in range(n)}


@settings(max_examples=150, deadline=None)
@given(balanced_signed_graphs(), st.integers(0, 2**16))
def test_coalitions_find_zero_frustration_on_any_balanced_graph(graph, seed):
    rows, camp = graph
    G = stance_graph(rows)
    found = coalitions(G, seed=seed)
    assert found.frustration == 0
    group = labels(found.groups)
    for u, v, sign in signed_graph(G).edges(data="sign"):
        assert (group[u] == group[v]) == (sign > 0)
    # and never two camps of the hidden split in one group
    for members in found.groups:
        assert len({camp[m] for m in members}) == 1


@st.composite
def signed_graphs(draw):
    """Any signed edges among up to 12 nodes."""
    n = draw(st.integers(2, 12))
    pairs = [(i, j) for i in range(n) for j in range(n) if i != j]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=40, unique=True))
    return [stance(f"n{i:02d}", f"n{j:02d}", draw(st.sampled_from((1, -1)))) for i, j in chosen]


@settings(max_examples=150, deadline=None)
@given(signed_graphs())
def test_coalitions_report_their_own_frustration_and_no_single_switch_improves_it(rows):
    G = stance_graph(rows)
    S = signed_graph(G)
    found = coalitions(G)
    assert frustration(S, found.groups) == found.frustration
    assert found.frustration <= sum(1 for *_, s in S.edges(data="sign") if s < 0)  # one camp
    group = labels(found.groups)
    part = {n: min(c) for c in nx.connected_components(S) for n in c}
    for n in S:
        # the other side of n's connected part: the other group there, or a new one
        others = {group[m] for m in S if part[m] == part[n] and group[m] != group[n]}
        moved = dict(group, **{n: others.pop() if others else "new"})
        assert frustration(S, moved) >= found.frustration


def test_coalitions_are_deterministic_for_a_seed():
    G = graph_of(FIVE + " f-a f+e g+f g-b")
    assert coalitions(G, seed=7) == coalitions(G, seed=7)


def test_claims_place_actors_who_never_address_each_other():
    rows = [
        stance("us", "won-gonzalez", 1, target_kind="claim"),
        stance("cne", "won-gonzalez", -1, target_kind="claim"),
        stance("opposition", "won-gonzalez", 1, target_kind="claim"),
    ]
    found = coalitions(stance_graph(rows))
    assert found.groups == (("opposition", "us"), ("cne",))
    assert found.membership["claim:won-gonzalez"] == 0
    without = coalitions(stance_graph(rows), claims=False)
    assert without.groups == (("cne",), ("opposition",), ("us",))


def test_claims_never_override_what_actors_say_of_each_other():
    rows = [
        stance("x", "y", 1),
        stance("x", "k", 1, target_kind="claim"),
        stance("y", "k", -1, target_kind="claim"),
    ]
    found = coalitions(stance_graph(rows))
    assert found.groups == (("x", "y"),)
    assert found.frustration == 0


# -- time --------------------------------------------------------------------------------------

DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 12, 31))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from("abcd"), st.sampled_from("abcd"), st.none() | DAYS), max_size=25
    ),
    DAYS,
)
def test_a_view_as_of_a_date_holds_every_stance_dated_up_to_it_and_no_later_one(stances, cut):
    rows = [stance(u, v, 1, d.isoformat() if d else None) for u, v, d in stances]
    G = stance_graph(rows)
    view = as_of(G, cut)
    kept = [d for *_, d in view.edges(data="date")]
    assert all(d is not None and d <= cut for d in kept)
    assert len(kept) == sum(1 for r in rows if r.date and r.date <= cut)
    with_undated = as_of(G, cut, undated=True)
    assert with_undated.number_of_edges() == len(kept) + sum(1 for r in rows if r.date is None)


def test_between_includes_both_ends():
    G = stance_graph(
        [stance("a", "b", 1, d) for d in ("2024-07-27", "2024-07-28", "2024-07-31", "2024-08-01")]
    )
    window = between(G, day("2024-07-28"), day("2024-07-31"))
    assert sorted(d for *_, d in window.edges(data="date")) == [
        day("2024-07-28"),
        day("2024-07-31"),
    ]
    assert between(G, None, None).number_of_edges() == 4


@pytest.mark.parametrize("bad", ["28/07/2024", "2024-13-01", "yesterday", "", "2024-7-28"])
def test_bad_dates_are_refused_with_the_expected_form(bad):
    with pytest.raises(InputError, match=r"YYYY-MM-DD|not a day of the calendar"):
        parse_iso_date(bad, "--as-of")


def test_an_empty_window_is_refused():
    with pytest.raises(InputError, match="earlier date first"):
        between(graph_of("a+b"), day("2024-08-01"), day("2024-07-01"))


def test_diff_finds_edges_that_appear_vanish_and_flip():
    rows = [
        stance("a", "b", 1, "2024-07-01"),  # a-b: support, then opposition outweighs it
        stance("a", "b", -1, "2024-07-20"),
        stance("a", "b", -1, "2024-07-21"),
        stance("c", "d", 1, "2024-07-02"),  # c-d: only early
        stance("e", "f", -1, "2024-07-25"),  # e-f: only late
    ]
    G = stance_graph(rows)
    cumulative = diff(G, day("2024-07-10"), day("2024-07-31"))
    assert [(c.source, c.target, c.before, c.after) for c in cumulative.appeared] == [
        ("e", "f", None, -1)
    ]
    assert [(c.source, c.target, c.before, c.after) for c in cumulative.flipped] == [
        ("a", "b", 1, -1)
    ]
    assert cumulative.vanished == ()
    # 15-day windows: 06-26..07-10 holds a+b and c+d; 07-17..07-31 holds a-b twice and e-f
    windowed = diff(G, day("2024-07-10"), day("2024-07-31"), window=15)
    assert [(c.source, c.target, c.before) for c in windowed.vanished] == [("c", "d", 1)]
    assert [(c.source, c.target) for c in windowed.appeared] == [("e", "f")]
    assert [(c.source, c.target) for c in windowed.flipped] == [("a", "b")]


# -- metrics -----------------------------------------------------------------------------------


def test_degrees_count_stances_by_polarity_and_direction():
    deg = degrees(graph_of("a+b a-b c-b b+a"))
    assert deg["b"] == {"support_out": 1, "support_in": 1, "oppose_out": 0, "oppose_in": 2}
    assert deg["c"] == {"support_out": 0, "support_in": 0, "oppose_out": 1, "oppose_in": 0}


def test_pagerank_ranks_each_layer_separately():
    G = graph_of("a+c b+c d+c a-d b-d c-d")
    support, oppose = pagerank(G, "support"), pagerank(G, "oppose")
    assert max(support, key=support.get) == "c"
    assert max(oppose, key=oppose.get) == "d"
    assert sum(support.values()) == pytest.approx(1.0)
    assert set(pagerank(graph_of("a+b c-b"), "oppose")) == {"b", "c"}  # a takes no side
    assert pagerank(graph_of("a+b"), "oppose") == {}


def test_betweenness_is_measured_on_the_undirected_graph():
    scores = betweenness(graph_of("a+b c-b c+d"))  # path a - b - c - d, directions mixed
    assert scores["b"] == pytest.approx(2 / 3)
    assert scores["a"] == 0.0


def test_ego_network_follows_edges_both_ways_up_to_k_hops():
    G = graph_of("a+b c-b c+d d+e")
    assert sorted(ego(G, "c", 1)) == ["b", "c", "d"]
    assert sorted(ego(G, "C", 2)) == ["a", "b", "c", "d", "e"]
    assert sorted(ego(G, "c", 0)) == ["c"]


def test_actor_names_resolve_forgivingly_or_fail_with_a_hint():
    G = stance_graph(
        [
            stance("nicolas-maduro", "edmundo-gonzalez", -1),
            stance("maria-machado", "edmundo-gonzalez", 1),
        ],
        [
            Actor("nicolas-maduro", "Nicolás Maduro", "Person"),
            Actor("edmundo-gonzalez", "Edmundo González", "Person"),
            Actor("maria-machado", "María Corina Machado", "Person"),
        ],
    )
    assert find_actor(G, "nicolas maduro") == "nicolas-maduro"
    assert find_actor(G, "GONZALEZ") == "edmundo-gonzalez"
    assert find_actor(G, "maria-machado") == "maria-machado"
    with pytest.raises(UnknownActor, match="did you mean 'Edmundo González'"):
        find_actor(G, "Edmundo Gonzales")
    G.add_node("ana-machado", name="Ana Machado", type="Person", kind="actor")
    with pytest.raises(AmbiguousActor, match="Ana Machado"):
        find_actor(G, "Machado")


def test_analyze_reports_camps_metrics_and_balance():
    report = analyze(graph_of(FIVE))
    assert report.coalitions == (("a", "b", "c"), ("d", "e"))
    assert (report.frustration, report.balance) == (1, 0.5)
    by_id = {n.id: n for n in report.nodes}
    assert by_id["d"].coalition == 1 and by_id["a"].coalition == 0
    assert by_id["d"].oppose_in == 2
    assert {(e.source, e.target, e.sign) for e in report.edges} >= {("c", "e", 1), ("a", "d", -1)}


# -- export ------------------------------------------------------------------------------------


def dated_graph() -> nx.MultiDiGraph:
    rows = [
        stance("a", "b", 1, "2024-07-29", evidence="A backs B", start=3, end=12),
        stance("a", "b", -1, "2024-07-30", evidence="A turns on B", start=40, end=52),
        stance("b", "c", -1, None, evidence="B condemns C"),
        stance("a", "won", 1, "2024-08-01", target_kind="claim", evidence="A says it"),
    ]
    return stance_graph(rows, [Actor("a", "Ana", "Person")])


def edge_set(H: nx.Graph, *attrs: str) -> set[tuple]:
    """The edges with some attributes, dates as the ISO text the files hold."""
    return {(u, v, *(_iso(d.get(a)) for a in attrs)) for u, v, d in H.edges(data=True)}


def _iso(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def test_gexf_round_trip_keeps_edges_signs_and_dates_as_a_dynamic_graph(tmp_path: Path):
    G = dated_graph()
    path = write(G, tmp_path / "stances.gexf")
    assert 'mode="dynamic"' in path.read_text(encoding="utf-8")
    back = nx.read_gexf(path)
    assert edge_set(back, "sign", "date", "evidence") == edge_set(G, "sign", "date", "evidence")
    starts = {(u, v, d.get("start")) for u, v, d in back.edges(data=True)}
    assert ("a", "b", "2024-07-29") in starts and ("b", "c", None) in starts
    spans = {(d["span_start"], d["span_end"]) for *_, d in back.edges(data=True)}
    assert spans == {(3, 12), (40, 52), (0, 8)}
    assert back.nodes["a"]["label"] == "Ana"


def test_report_graph_round_trips_through_gexf_and_graphml(tmp_path: Path):
    R = report_graph(analyze(dated_graph()))
    for name, read in (("net.gexf", nx.read_gexf), ("net.graphml", nx.read_graphml)):
        back = read(write(R, tmp_path / name))
        assert set(back.nodes) == set(R.nodes)
        assert edge_set(back, "sign", "net", "first") == edge_set(R, "sign", "net", "first")
        assert {(u, v, float(w)) for u, v, w in back.edges(data="weight")} == {
            (u, v, float(w)) for u, v, w in R.edges(data="weight")
        }
        assert int(back.edges["a", "b"]["undated"]) == 0
        assert int(back.edges["b", "c"]["undated"]) == 1  # its one stance has no date
        assert back.nodes["a"]["coalition"] == R.nodes["a"]["coalition"]
        assert (
            "coalition" not in back.nodes["claim:won"] or back.nodes["claim:won"]["coalition"] == 0
        )


def test_graphml_round_trip_keeps_the_stance_multigraph(tmp_path: Path):
    G = dated_graph()
    back = nx.read_graphml(write(G, tmp_path / "stances.graphml"))
    assert back.is_multigraph() and back.number_of_edges() == G.number_of_edges()
    assert edge_set(back, "sign", "date", "start") == edge_set(G, "sign", "date", "start")


def test_json_export_is_node_link(tmp_path: Path):
    R = report_graph(analyze(dated_graph()))
    data = json.loads(write(R, tmp_path / "net.json").read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="edges")
    assert edge_set(back, "sign", "weight") == edge_set(R, "sign", "weight")
    assert data == to_node_link(R)


def test_export_refuses_unknown_extensions_and_unwritable_paths(tmp_path: Path):
    with pytest.raises(InputError, match=r"unknown extension '\.csv'.*\.gexf"):
        write(dated_graph(), tmp_path / "net.csv")
    with pytest.raises(InputError, match="choose a writable path"):
        write(dated_graph(), tmp_path / "no" / "such" / "dir" / "net.gexf")


def test_coalitions_end_on_a_graph_that_loops_networkx_louvain() -> None:
    # networkx issue 8739: Louvain (3.6) never returns on this support layer with many seeds
    pairs = [(0, 1), (0, 2), (0, 5), (0, 6), (1, 2), (1, 4), (2, 3), (2, 5), (2, 6), (3, 4)]
    rows = [stance(f"n{a:02d}", f"n{b:02d}", 1) for a, b in pairs]
    found = coalitions(stance_graph(rows), seed=123)
    assert found.frustration == 0
    assert found.groups == (tuple(f"n{i:02d}" for i in range(7)),)
