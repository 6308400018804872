"""Running a user's SPARQL read-only, with a row limit and a time limit.

The query is parsed with rdflib's parser and its algebra inspected: updates, SERVICE clauses (which
would reach the network) and FROM clauses (which rdflib would load from the web) are refused before
anything runs. The query then runs in a worker thread; past the time limit the caller gets a
QueryError and the worker is cancelled by raising an exception in it asynchronously, which stops
rdflib's pure-Python evaluation at its next step (an engine busy in native code, like Oxigraph's,
stops when it next returns to Python; the thread is a daemon, so it never holds up exit).
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pyparsing import ParseBaseException
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from graph.errors import InputError, QueryError
from graph.store import Store

__all__ = ["SparqlAnswer", "check_read_only", "run_sparql"]

_REFUSED = "only SELECT, ASK, CONSTRUCT and DESCRIBE run here"


class _Cancelled(BaseException):
    """Raised inside a worker that ran out of time (BaseException: no handler swallows it)."""


@dataclass(frozen=True, slots=True)
class SparqlAnswer:
    """The rows of an answer: SELECT bindings, one ``ask`` row, or subject/predicate/object rows."""

    form: str
    columns: tuple[str, ...]
    rows: tuple[Mapping[str, str | None], ...]
    truncated: bool


def check_read_only(text: str) -> str:
    """The form of a read-only query (SELECT, ASK, CONSTRUCT, DESCRIBE); QueryError otherwise.

    >>> check_read_only("ASK { ?s ?p ?o }")
    'ASK'
    >>> check_read_only("CLEAR ALL")
    Traceback (most recent call last):
    ...
    graph.errors.QueryError: updates are refused: only SELECT, ASK, CONSTRUCT and DESCRIBE run here
    """
    if not text.strip():
        raise InputError("the query is empty; give SPARQL text or @FILE")
    try:
        parsed = parseQuery(text)
    except ParseBaseException as query_error:
        try:
            parseUpdate(text)
        except ParseBaseException:
            raise QueryError(f"the query does not parse: {_one_line(query_error)}") from None
        raise QueryError(f"updates are refused: {_REFUSED}") from None
    try:
        query = translateQuery(parsed)
    except Exception as exc:  # rdflib's algebra raises plain exceptions on semantic errors
        raise QueryError(f"the query is not valid SPARQL: {_one_line(exc)}") from None
    if _contains(query.algebra, "ServiceGraphPattern"):
        raise QueryError("SERVICE clauses are refused: queries run offline, over this store only")
    if _has_dataset_clause(parsed):
        raise QueryError(
            "FROM clauses are refused: the query runs over the store's graphs; "
            "use GRAPH <iri> { ... } to pick one"
        )
    form = query.algebra.name
    return {
        "SelectQuery": "SELECT",
        "AskQuery": "ASK",
        "ConstructQuery": "CONSTRUCT",
        "DescribeQuery": "DESCRIBE",
    }.get(form, form)


def run_sparql(store: Store, text: str, *, limit: int, timeout: float) -> SparqlAnswer:
    """Check ``text`` is read-only, then run it within ``limit`` rows and ``timeout`` seconds."""
    if limit < 1:
        raise InputError(f"--limit {limit} must be at least 1")
    if timeout <= 0:
        raise InputError(f"--timeout {timeout} must be more than 0 seconds")
    form = check_read_only(text)
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["answer"] = _collect(store, text, form, limit)
        except _Cancelled:
            return
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=work, name="stancegraph-sparql", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        _cancel(worker)
        worker.join(1.0)
        raise QueryError(
            f"the query ran longer than {timeout:g} s and was abandoned; "
            "narrow it (LIMIT, fewer patterns) or raise --timeout"
        )
    if "error" in box:
        error = box["error"]
        if isinstance(error, QueryError | InputError):
            raise error
        raise QueryError(f"the query failed: {_one_line(error)}") from None
    return box["answer"]


def _collect(store: Store, text: str, form: str, limit: int) -> SparqlAnswer:
    result = store.sparql(text)
    if form == "ASK":
        return SparqlAnswer(
            form, ("ask",), ({"ask": "true" if result.askAnswer else "false"},), False
        )
    if form == "SELECT":
        columns = tuple(str(v) for v in result.vars or ())
        rows = []
        for row in result:
            if len(rows) == limit:
                return SparqlAnswer(form, columns, tuple(rows), True)
            rows.append({c: _term(row[i]) for i, c in enumerate(columns)})
        return SparqlAnswer(form, columns, tuple(rows), False)
    columns = ("subject", "predicate", "object")
    triples = sorted(result.graph, key=lambda t: tuple(str(x) for x in t)) if result.graph else []
    rows = [dict(zip(columns, (_term(x) for x in t), strict=True)) for t in triples[:limit]]
    return SparqlAnswer(form, columns, tuple(rows), len(triples) > limit)


def _cancel(thread: threading.Thread) -> None:
    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(thread.ident), ctypes.py_object(_Cancelled)
        )


def _term(node: Any) -> str | None:
    return None if node is None else str(node)


def _contains(node: Any, name: str) -> bool:
    if isinstance(node, CompValue):
        if node.name == name:
            return True
        return any(_contains(v, name) for v in node.values())
    if isinstance(node, list | tuple | set):
        return any(_contains(v, name) for v in node)
    if isinstance(node, dict):
        return any(_contains(v, name) for v in node.values())
    return False


def _has_dataset_clause(parsed: Any) -> bool:
    # CompValue.get returns the key itself when it is missing: test membership instead.
    return any(
        isinstance(part, CompValue) and "datasetClause" in part and bool(part["datasetClause"])
        for part in parsed
    )


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
