"""The signed, time-aware stance network: networkx views built from the facade's stance rows.

The only part of stancegraph that imports networkx. Build a graph from any stance rows
(``stance_graph``), cut it in time (``as_of``, ``between``), measure it (``metrics``), split its
actors into camps (``coalitions``) and write it out for Gephi (``export``). At size the
network is built from the store's aggregate rows (``edge_graph``) and kept measured in the data
folder (``cache``).
"""

from __future__ import annotations

from graph.network.build import (
    StanceGraph,
    actor_nodes,
    as_of,
    between,
    claim_nodes,
    collapse,
    edge_graph,
    node_id,
    stance_graph,
)
from graph.network.coalitions import Coalitions, coalitions
from graph.network.export import FORMATS, to_node_link, write
from graph.network.metrics import (
    Diff,
    EdgeChange,
    betweenness,
    degrees,
    diff,
    ego,
    find_actor,
    layer,
    pagerank,
)
from graph.network.report import EdgeReport, NetworkReport, NodeReport, analyze, report_graph
from graph.network.signed import balanced_triads, frustration, signed_graph, triad_balance

__all__ = [
    "FORMATS",
    "Coalitions",
    "Diff",
    "EdgeChange",
    "EdgeReport",
    "NetworkReport",
    "NodeReport",
    "StanceGraph",
    "actor_nodes",
    "analyze",
    "as_of",
    "balanced_triads",
    "between",
    "betweenness",
    "claim_nodes",
    "coalitions",
    "collapse",
    "degrees",
    "diff",
    "edge_graph",
    "ego",
    "find_actor",
    "frustration",
    "layer",
    "node_id",
    "pagerank",
    "report_graph",
    "signed_graph",
    "stance_graph",
    "to_node_link",
    "triad_balance",
    "write",
]
