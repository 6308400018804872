"""The stance network: actors and claims, green support and red oppose edges, camps in colour,
node size by PageRank, replayed up to a chosen day; click a node for its statements and stances.

The network is measured once per graph (``common.network``: the data folder's cache) and the page
draws a bounded part of it: the best-ranked nodes, or one node's neighbourhood. An edge's
evidence is read when the edge is opened."""

from __future__ import annotations

import tempfile
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from st_link_analysis import EdgeStyle, Event, NodeStyle, st_link_analysis

from graph.errors import GraphError
from graph.network import NetworkReport, report_graph, write
from graph.network.cache import CachedNetwork
from pages_app import common
from pages_app.common import Source

SUPPORT, OPPOSE, MIXED = "#2e9e44", "#d62728", "#999999"
CAMP_COLOURS = ("#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22")
CLAIM_COLOUR, LONE_COLOUR = "#f2c14e", "#7f7f7f"
# Labels are left out of the node sizes so that long claim texts do not push the layout apart
# (and shrink everything when the view is fitted).
LAYOUT = {
    "name": "cose",
    "fit": True,
    "padding": 30,
    "animate": False,
    "nodeDimensionsIncludeLabels": False,
    "nodeRepulsion": 6000,
    "idealEdgeLength": 90,
    "randomize": False,
}


class _SizeStyle:
    """A raw Cytoscape style rule (st-link-analysis passes ``dump()`` through): size from data."""

    def dump(self) -> dict[str, Any]:
        return {
            "selector": "node",
            "style": {
                "width": "data(size)",
                "height": "data(size)",
                "font-size": 13,
                "min-zoomed-font-size": 0,
            },
        }


TOP_DEFAULT, TOP_MOST = 40, 150
"""Nodes drawn: the best-ranked ones by default, at most this many."""


def render(source: Source) -> None:
    st.header("Stance network")
    try:
        whole = common.network(source)
        last = whole.days()[1]
        nodes, edges, camps = whole.counts()
    except GraphError as exc:
        common.show_error(exc)
        return
    if not nodes:
        st.info("The graph holds no stances yet.")
        return
    day, undated = _replay(source, whole)
    try:
        # the whole network (the cache) unless the replay leaves some stances out
        net = whole
        if day is not None and (day != last or not undated):
            net = common.network_as_of(source, day, undated)
        nodes, edges, camps = net.counts()
        report = _part(net)
    except GraphError as exc:
        common.show_error(exc)
        return
    balance = "n/a" if net.balance is None else f"{net.balance:.2f}"
    st.caption(
        f"{nodes} nodes, {edges} netted edges, {camps} camp(s); frustration "
        f"{net.frustration}, triad balance {balance}. Drawn: {len(report.nodes)} nodes. "
        "Green: supports · red: opposes · grey: mixed · yellow: claims · size: PageRank."
    )
    if not report.nodes:
        st.info("No stance is dated on or before this day; move the slider later.")
        return
    node = _graph_and_node(report)
    _edge_evidence(source, report)
    if node:
        inspect(source, report, node)


REPLAY_STOPS = 48
"""Most days the replay slider stops at, spread evenly from the first stance's day to the last."""
PREFETCH_MOST_EDGES = 100_000
"""Past this many netted pairs, the replay's days are measured only when asked (each one holds
a copy of the network in memory)."""


def replay_days(first: date, last: date, most: int = REPLAY_STOPS) -> list[date]:
    """The days the replay slider stops at: every day of a short span, else ``most`` at most,
    evenly spaced, the last one included.

    >>> [d.day for d in replay_days(date(2024, 7, 1), date(2024, 7, 4))]
    [1, 2, 3, 4]
    >>> days = replay_days(date(2022, 1, 1), date(2024, 12, 31))
    >>> len(days), days[0], days[-1]
    (47, datetime.date(2022, 1, 1), datetime.date(2024, 12, 31))
    """
    span = (last - first).days
    step = max(1, -(-span // (most - 1)))
    return [*(first + timedelta(days=k) for k in range(0, span, step)), last]


def _replay(source: Source, whole: CachedNetwork) -> tuple[date | None, bool]:
    """The day to replay the network up to (a slider over stops between the stances' first and
    last day), and whether undated stances stay in. The other stops are measured in the
    background once per graph, so that moving the slider finds them ready."""
    first, last = whole.days()
    controls = st.columns([4, 1])
    undated = controls[1].checkbox("with undated stances", value=True, key="net_undated")
    if first is None or last is None or first == last:
        return last, undated
    days = replay_days(first, last)
    day = controls[0].select_slider(
        "As of",
        options=days,
        value=last,
        key="net_day",
        format_func=date.isoformat,
        help="Replay the network: only stances dated up to this day.",
    )
    if whole.counts()[1] <= PREFETCH_MOST_EDGES:
        _prefetch(source, tuple(days[:-1]))
    return day, undated


@st.cache_resource(show_spinner=False, max_entries=4)
def _prefetch(source: Source, days: tuple[date, ...]) -> threading.Thread:
    """Measure the replay's ``days`` (with undated stances) in the background, latest first."""

    def work() -> None:
        for day in reversed(days):
            common.give_way()  # a page being drawn goes first
            try:
                common.network_as_of(source, day, True)
            except Exception:  # the page asking for that day shows the error
                return

    return common.in_background("stancegraph-replay", work)


def _part(net: CachedNetwork) -> NetworkReport:
    """The part of the network to draw: the best-ranked nodes, or around one node."""
    cols = st.columns([2, 3, 1])
    view = cols[0].radio(
        "Draw", ("Best-ranked nodes", "Around a node"), horizontal=True, key="net_view"
    )
    if view == "Around a node":
        top = net.top(TOP_MOST)
        names = {n.id: n.name for n in top.nodes}
        centre = cols[1].selectbox(
            "Around", list(names), format_func=lambda n: names[n], key="net_centre"
        )
        hops = cols[2].number_input("Steps", 1, 3, 1, key="net_hops")
        found = net.ego(centre, int(hops), most=TOP_MOST) if centre else None
        if found is not None:
            return found
    most = cols[1].slider("Nodes", 10, TOP_MOST, TOP_DEFAULT, key="net_top")
    return net.top(most)


def _graph_and_node(report: NetworkReport) -> str | None:
    """The interactive graph, its exports and metrics; the node clicked or picked, if any."""
    elements, styles = elements_of(report)
    clicked = st_link_analysis(
        elements,
        layout=LAYOUT,
        node_styles=styles,
        edge_styles=[
            EdgeStyle("SUPPORTS", color=SUPPORT, directed=True, labeled=None),
            EdgeStyle("OPPOSES", color=OPPOSE, directed=True, labeled=None),
            EdgeStyle("MIXED", color=MIXED, directed=True, labeled=None),
        ],
        height=520,
        key="net_graph",
        events=[Event("pick", "click tap", "node")],
    )
    names = {n.id: n.name for n in report.nodes}
    if isinstance(clicked, dict) and clicked.get("action") == "pick":
        stamp = clicked.get("timestamp")
        if stamp != st.session_state.get("net_stamp"):
            st.session_state["net_stamp"] = stamp
            node = clicked.get("data", {}).get("target_id")
            if node in names:
                st.session_state["net_node"] = node
    if st.session_state.get("net_node") not in names:
        st.session_state.pop("net_node", None)  # the node left the network at this day
    exports(report)
    with st.expander("Metrics per node"):
        st.dataframe(metrics_frame(report), hide_index=True, width="stretch")
    return st.selectbox(
        "Node",
        list(names),
        format_func=lambda n: names[n],
        index=None,
        placeholder="Click a node above or pick one here",
        key="net_node",
    )


def export_bytes(report: NetworkReport, suffix: str) -> bytes:
    """The network as a GEXF or GraphML file (written by graph.network.write)."""
    with tempfile.TemporaryDirectory() as tmp:
        return write(report_graph(report), Path(tmp) / f"stance-network{suffix}").read_bytes()


def elements_of(report: NetworkReport) -> tuple[dict[str, list[dict[str, Any]]], list[Any]]:
    """Cytoscape elements and node styles: one style label per camp, claims apart."""
    top = max((n.pagerank_support + n.pagerank_oppose for n in report.nodes), default=0.0) or 1.0
    nodes = []
    for n in report.nodes:
        if n.kind == "claim":
            group = "claim"
        elif n.coalition is None:
            group = "no camp"
        else:
            group = f"camp {n.coalition + 1}"
        rank = n.pagerank_support + n.pagerank_oppose
        nodes.append(
            {
                "data": {
                    "id": n.id,
                    "label": group,
                    "name": _short(n.name),
                    "size": round(24 + 46 * rank / top),
                }
            }
        )
    edges = [
        {
            "data": {
                "id": f"{e.source}->{e.target}",
                "source": e.source,
                "target": e.target,
                "label": "SUPPORTS" if e.sign > 0 else "OPPOSES" if e.sign < 0 else "MIXED",
                "stances": e.weight,
            }
        }
        for e in report.edges
    ]
    styles: list[Any] = [_SizeStyle()]
    styles += [
        NodeStyle(f"camp {i + 1}", CAMP_COLOURS[i % len(CAMP_COLOURS)], "name")
        for i in range(len(report.coalitions))
    ]
    styles += [NodeStyle("claim", CLAIM_COLOUR, "name"), NodeStyle("no camp", LONE_COLOUR, "name")]
    return {"nodes": nodes, "edges": edges}, styles


def metrics_frame(report: NetworkReport) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "name": _short(n.name),
                "kind": n.kind,
                "camp": None if n.coalition is None else n.coalition + 1,
                "supports": n.support_out,
                "opposes": n.oppose_out,
                "supported by": n.support_in,
                "opposed by": n.oppose_in,
                "PageRank (support)": round(n.pagerank_support, 3),
                "PageRank (oppose)": round(n.pagerank_oppose, 3),
                "betweenness": round(n.betweenness, 3),
            }
            for n in report.nodes
        ]
    )


def exports(report: NetworkReport) -> None:
    """GEXF and GraphML of the network as shown, made when a button is clicked."""
    cols = st.columns(2)
    for col, suffix, mime in (
        (cols[0], ".gexf", "application/gexf+xml"),
        (cols[1], ".graphml", "application/graphml+xml"),
    ):
        col.download_button(
            f"Download {suffix[1:].upper()}",
            lambda suffix=suffix: export_bytes(report, suffix),
            file_name=f"stance-network{suffix}",
            mime=mime,
            key=f"net_{suffix[1:]}",
            on_click="ignore",
        )


def _edge_evidence(source: Source, report: NetworkReport) -> None:
    """One drawn edge's stances with their evidence, read when the edge is picked."""
    names = {n.id: n.name for n in report.nodes}
    pairs = {f"{e.source}->{e.target}": e for e in report.edges}
    picked = st.selectbox(
        "Edge",
        list(pairs),
        format_func=lambda k: (
            f"{_short(names[pairs[k].source])} → {_short(names[pairs[k].target])}"
        ),
        index=None,
        placeholder="Pick an edge to read its evidence",
        key="net_edge",
    )
    if picked is None:
        return
    edge = pairs[picked]
    try:
        rows = source.queries.stances(edge.source, edge.target.removeprefix("claim:"))
    except GraphError as exc:
        common.show_error(exc)
        return
    st.dataframe(
        common.as_frame(rows, ("date", "polarity", "evidence", "article")),
        hide_index=True,
        width="stretch",
        key="net_evidence",
    )


def inspect(source: Source, report: NetworkReport, node: str) -> None:
    """A clicked actor's statements and stances, or a claim's two sides."""
    chosen = next(n for n in report.nodes if n.id == node)
    st.subheader(common.plain(chosen.name))
    try:
        if chosen.kind == "claim":
            on = source.queries.stances(target=node.removeprefix("claim:"))
            left, right = st.columns(2)
            for col, title, polarity in (
                (left, "Asserted by", "support"),
                (right, "Disputed by", "oppose"),
            ):
                col.markdown(f"**{title}**")
                col.dataframe(
                    common.as_frame([s for s in on if s.polarity == polarity],
                                    ("source", "date", "evidence", "article")),
                    hide_index=True,
                )  # fmt: skip
            return
        said = common.who_said(source, chosen.name, None, None, None)
        taken = source.queries.stances(chosen.id)
    except GraphError as exc:
        common.show_error(exc)
        return
    st.markdown(f"**Statements by {common.plain(chosen.name)}** ({len(said)})")
    if said:
        st.dataframe(
            common.as_frame(said, ("said_on", "kind", "text", "article")),
            hide_index=True,
            width="stretch",
            key="net_said",
        )
    else:
        st.caption("No statement by this actor.")
    st.markdown(f"**Stances taken by {common.plain(chosen.name)}** ({len(taken)})")
    if taken:
        st.dataframe(
            common.as_frame(taken, ("date", "polarity", "target", "evidence", "article")),
            hide_index=True,
            width="stretch",
            key="net_taken",
        )
    else:
        st.caption("This actor takes no stance; others take stances on it.")


def _short(name: str, most: int = 40) -> str:
    """A node caption: long claim texts cut at a word boundary."""
    if len(name) <= most:
        return name
    return name[:most].rsplit(" ", 1)[0] + "…"
