"""The typed query facade: questions about the graph answered with frozen rows.

``Queries(open_store("memory")).who_said(actor="Miller")`` lists Miller's statements, each with
its article id and character offsets; ``run_sparql`` runs a user's read-only SPARQL.
"""

from graph.queries.facade import Between, Queries
from graph.queries.paths import MonthlyCount, StatementPage, TimelinePage
from graph.queries.readonly import SparqlAnswer, check_read_only, run_sparql
from graph.queries.rows import (
    ActorProfile,
    ClaimPage,
    ClaimPosition,
    ClaimRow,
    ClaimSide,
    ClaimSummary,
    Ref,
    StanceRow,
    StatementRow,
    TimelineRow,
)

__all__ = [
    "ActorProfile",
    "Between",
    "ClaimPage",
    "ClaimPosition",
    "ClaimRow",
    "ClaimSide",
    "ClaimSummary",
    "MonthlyCount",
    "Queries",
    "Ref",
    "SparqlAnswer",
    "StanceRow",
    "StatementPage",
    "StatementRow",
    "TimelinePage",
    "TimelineRow",
    "check_read_only",
    "run_sparql",
]
