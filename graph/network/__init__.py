"""The signed, time-aware stance network: networkx views built from stance rows.

The only part of stancegraph that imports networkx. Build a graph from any stance rows
(``stance_graph``), cut it in time (``as_of``, ``between``), measure it (``metrics``), split its
actors into camps (``coalitions``) and write it out for Gephi (``export``).
"""

from __future__ import annotations

from graph.network.build import (
    ActorLike,
    StanceLike,
    actor_nodes,
    as_of,
    between,
    claim_nodes,
    collapse,
    node_id,
    parse_day,
    stance_graph,
)
from graph.network.coalitions import Coalitions, coalitions
from graph.network.signed import balanced_triads, frustration, signed_graph, triad_balance

__all__ = [
    "ActorLike",
    "Coalitions",
    "StanceLike",
    "actor_nodes",
    "as_of",
    "balanced_triads",
    "between",
    "claim_nodes",
    "coalitions",
    "collapse",
    "frustration",
    "node_id",
    "parse_day",
    "signed_graph",
    "stance_graph",
    "triad_balance",
]
