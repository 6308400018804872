"""The typed query facade: questions about the graph answered with frozen rows.

``Queries(open_store("memory")).who_said(actor="Miller")`` lists Miller's statements, each with
its article id and character offsets; ``run_sparql`` runs a user's read-only SPARQL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.queries.facade import Between, Queries
from graph.queries.paths import MonthlyCount, StatementPage, TimelinePage
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

if TYPE_CHECKING:
    from graph.queries.readonly import SparqlAnswer, check_read_only, run_sparql

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

_READ_ONLY = ("SparqlAnswer", "check_read_only", "run_sparql")


def __getattr__(name: str) -> Any:
    """The user's SPARQL runs through rdflib's SPARQL parser (a third of a second to import):
    loaded when first asked for, so a command that never runs one does not wait for it."""
    if name in _READ_ONLY:
        from graph.queries import readonly

        return getattr(readonly, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
