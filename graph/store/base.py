"""What the rdflib-backed stores share: named queries, row normalisation, export, a reader lock."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from functools import cache
from importlib import resources

from rdflib import Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.term import Node

from graph.errors import QueryError, StoreError
from graph.store.textindex import TextIndex
from graph.vocab import PREFIXES

__all__ = [
    "EXPORT_FORMATS",
    "RdflibStore",
    "Row",
    "Triple",
    "bind_first",
    "load_query",
    "query_text",
]

Row = dict[str, Node | None]
Triple = tuple[Node, Node, Node]

_XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")

EXPORT_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}

_QUERY_NAME = re.compile(r"[a-z][a-z0-9_]*")


@cache
def load_query(name: str) -> str:
    """The text of ``graph/sparql/{name}.rq``.

    >>> "SELECT" in load_query("statements")
    True
    """
    if not _QUERY_NAME.fullmatch(name):
        raise QueryError(f"{name!r} is not a query name (lower-case letters, digits, _)")
    path = resources.files("graph") / "sparql" / f"{name}.rq"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise QueryError(f"no query named {name!r} in graph/sparql/") from None


def query_text(rq: str) -> str:
    """The text of the named query ``rq``, or ``rq`` itself when it is query text."""
    return load_query(rq) if _QUERY_NAME.fullmatch(rq) else rq


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind_first(text: str, bindings: Mapping[str, Node | Sequence[Node]]) -> str:
    """``text`` with ``bindings`` as a VALUES block opening its first WHERE group.

    Bound values join first, so the query's FILTERs see them and the engine looks the rest up
    from them (Oxigraph's own substitutions join late: 30x slower on a bound speaker). The
    values are rdflib's escaped N-Triples forms of the terms, never raw text; an IRI that
    could break out of its brackets is refused. One variable may take a sequence of values
    (one row each: fifty statements in one query).

    >>> from rdflib import Literal
    >>> print(bind_first("SELECT ?a WHERE { ?a ?b ?c }", {"b": Literal('x"y')}))
    SELECT ?a WHERE { VALUES (?b) { ("x\\"y") }
     ?a ?b ?c }
    >>> print(bind_first("SELECT ?a WHERE { ?a ?b ?c }", {"b": [URIRef("u:1"), URIRef("u:2")]}))
    SELECT ?a WHERE { VALUES (?b) { (<u:1>) (<u:2>) }
     ?a ?b ?c }
    """
    found = _WHERE.search(text)
    if found is None:
        raise QueryError("a query with bound values needs a WHERE clause")
    columns: list[list[Node]] = []
    for name, value in bindings.items():
        if not _VARIABLE.fullmatch(name):
            raise QueryError(f"{name!r} is not a variable name")
        nodes = list(value) if isinstance(value, list | tuple) else [value]
        for node in nodes:
            if isinstance(node, URIRef) and _NOT_IN_IRI.search(str(node)):
                raise QueryError(f"{str(node)[:80]!r} is not an IRI")
        columns.append(nodes)
    if sum(len(c) > 1 for c in columns) > 1:
        raise QueryError("only one bound variable may take several values")
    width = max((len(c) for c in columns), default=1)
    rows = [" ".join((c[i] if len(c) > 1 else c[0]).n3() for c in columns) for i in range(width)]
    names = " ".join(f"?{n}" for n in bindings)
    block = f" VALUES ({names}) {{ {' '.join(f'({r})' for r in rows)} }}\n"
    return text[: found.end()] + block + text[found.end() :]


_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def normalise(node: Node | None) -> Node | None:
    """One form per value across engines: Oxigraph types plain strings as xsd:string."""
    if isinstance(node, Literal) and node.datatype == _XSD_STRING:
        return Literal(str(node), lang=None)
    return node


class RdflibStore:
    """A store whose data sits behind an rdflib Dataset; backends override the write path."""

    spec: str
    read_only = False
    text_index: TextIndex | None = None
    """The full-text index and monthly counts kept beside the store, where it has one."""

    def __init__(self, spec: str, ds: Dataset) -> None:
        self.spec = spec
        self._ds = ds
        # Queries and writes take turns, so a reader never sees half of a replaced graph.
        self._lock = threading.RLock()

    # -- reading ---------------------------------------------------------------------------
    def query(
        self, rq: str, bindings: Mapping[str, Node | Sequence[Node]] | None = None
    ) -> list[Row]:
        text = query_text(rq)
        bindings = dict(bindings or {})
        if any(isinstance(v, list | tuple) for v in bindings.values()):
            text, bindings = bind_first(text, bindings), {}
        result = self._run(text, bindings)  # type: ignore[arg-type]
        if result.type != "SELECT":
            raise QueryError(f"query {rq[:40]!r} is a {result.type}, not a SELECT")
        names = [str(v) for v in result.vars or ()]
        with self._reading():
            return [{n: normalise(row[i]) for i, n in enumerate(names)} for row in result]

    def sparql(self, text: str) -> Result:
        return self._run(text, {})

    def _reading(self) -> AbstractContextManager[object]:
        """Held while reading: the memory store's lock; stores with transactions need none."""
        return self._lock

    def _run(self, text: str, bindings: dict[str, Node]) -> Result:
        with self._reading():
            try:
                return self._ds.query(text, initBindings=bindings)
            except (SyntaxError, ValueError, RuntimeError) as exc:
                raise QueryError(f"query failed: {_first_line(exc)}") from None
            except Exception as exc:  # parser and engine errors have no common base class
                if type(exc).__name__ in {"ParseException", "ParseFatalException"}:
                    raise QueryError(f"query does not parse: {_first_line(exc)}") from None
                raise self._translate(exc) from exc

    def _translate(self, exc: Exception) -> Exception:
        return exc

    def graphs(self) -> list[URIRef]:
        with self._reading():
            ids = {g.identifier for g in self._ds.graphs()}
        return sorted(
            i
            for i in ids
            if isinstance(i, URIRef) and i != DATASET_DEFAULT_GRAPH_ID and len(self._ds.graph(i))
        )

    def dataset(self) -> Dataset:
        return self._ds

    def export(self, fmt: str) -> str:
        """The store as ``turtle`` (the union of its graphs), ``trig``, ``nquads`` or ``jsonld``."""
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; use {', '.join(EXPORT_FORMATS)}")
        with self._reading():
            if fmt == "turtle":
                from rdflib import Graph

                union = Graph()
                for prefix, ns in PREFIXES.items():
                    union.bind(prefix, ns, override=True, replace=True)
                for s, p, o, _ in self._ds.quads((None, None, None, None)):
                    union.add((s, p, o))
                return union.serialize(format="turtle")
            if fmt == "trig":
                for prefix, ns in PREFIXES.items():
                    self._ds.bind(prefix, ns, override=True, replace=True)
            return self._ds.serialize(format=EXPORT_FORMATS[fmt])

    def __bool__(self) -> bool:
        # An open store is a store, empty or not: ``store or default`` must not count every
        # triple (``__len__`` is a scan on Oxigraph's disk store: seconds at 100k statements).
        return True

    def __len__(self) -> int:
        with self._reading():
            return sum(1 for _ in self._ds.quads((None, None, None, None)))

    # -- writing ---------------------------------------------------------------------------
    def replace_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        triples = list(triples)
        with self._lock:
            self._ds.remove_graph(iri)
            graph = self._ds.graph(iri)
            graph.addN((s, p, o, graph) for s, p, o in triples)

    def replace_graphs(self, graphs: Sequence[tuple[URIRef, Iterable[Triple]]]) -> None:
        for iri, triples in graphs:
            self.replace_graph(iri, triples)

    def drop_graph(self, iri: URIRef) -> None:
        with self._lock:
            self._ds.remove_graph(iri)

    def close(self) -> None:
        # A query abandoned after its time limit may still hold the lock; do not wait for it.
        if self._lock.acquire(timeout=2):
            try:
                self._ds.close()
            finally:
                self._lock.release()

    def __enter__(self) -> RdflibStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.spec}>"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())[:200]
