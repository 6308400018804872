"""The SPARQL store: a remote endpoint through rdflib's SPARQLStore / SPARQLUpdateStore.

``sparql:QUERY_URL`` is read-only; ``sparql:QUERY_URL;UPDATE_URL`` may also be written. The
endpoint should answer queries against the union of its named graphs as the default graph (Fuseki:
``unionDefaultGraph``; Oxigraph server: ``--union-default-graph``), as the local stores do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from urllib.error import URLError
from urllib.parse import urlparse

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from rdflib.term import Node

from graph.errors import QueryError, StoreError
from graph.store.base import RdflibStore, Row, Triple, bind_first, query_text

__all__ = ["SparqlStore", "parse_endpoints"]


def parse_endpoints(arg: str) -> tuple[str, str | None]:
    """The query URL and the update URL (or None) of ``QUERY_URL[;UPDATE_URL]``.

    >>> parse_endpoints("http://h/q;http://h/u")
    ('http://h/q', 'http://h/u')
    >>> parse_endpoints("https://h/sparql")
    ('https://h/sparql', None)
    """
    query_url, _, update_url = (part.strip() for part in arg.partition(";"))
    for url in filter(None, (query_url, update_url)):
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise StoreError(f"{url!r} is not an http(s) URL; use sparql:QUERY_URL[;UPDATE_URL]")
    if ";" in update_url:
        raise StoreError(f"{arg!r} has more than two URLs; use sparql:QUERY_URL[;UPDATE_URL]")
    return query_url, update_url or None


class SparqlStore(RdflibStore):
    @classmethod
    def connect(cls, spec: str, arg: str) -> SparqlStore:
        query_url, update_url = parse_endpoints(arg)
        # Queries are POSTed as a form: a page's or a search's bound IRIs make a query far
        # longer than a GET URL may be (the endpoint answers 414, rdflib says "wrong URI").
        if update_url:
            backend: SPARQLStore = SPARQLUpdateStore(
                query_endpoint=query_url,
                update_endpoint=update_url,
                returnFormat="json",
                method="POST_FORM",
            )
        else:
            backend = SPARQLStore(query_endpoint=query_url, returnFormat="json", method="POST_FORM")
        store = cls(spec, Dataset(store=backend, default_union=True))
        store.read_only = update_url is None
        return store

    def _reading(self) -> AbstractContextManager[object]:
        return nullcontext()  # the endpoint isolates its own readers

    def query(
        self, rq: str, bindings: Mapping[str, Node | Sequence[Node]] | None = None
    ) -> list[Row]:
        """As every store: bound values join first, so the query's FILTERs see them.

        (rdflib's SPARQLStore appends bindings as a trailing VALUES clause, which joins after
        the FILTERs of the pattern have run.) Values travel as rdflib-escaped terms.
        """
        if not bindings:
            return super().query(rq)
        return super().query(bind_first(query_text(rq), bindings))

    def _translate(self, exc: Exception) -> Exception:
        if isinstance(exc, URLError | OSError):
            return StoreError(f"SPARQL endpoint of {self.spec} unreachable ({exc}); is it running?")
        return QueryError(f"the SPARQL endpoint of {self.spec} failed: {str(exc)[:200]}")

    def graphs(self) -> list[URIRef]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"] for r in rows if isinstance(r["g"], URIRef))  # type: ignore[misc]

    def __len__(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"].toPython()) if rows else 0  # type: ignore[union-attr]

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(
                f"store {self.spec} is read-only; give an update URL: sparql:QUERY_URL;UPDATE_URL"
            )

    def replace_graph(self, iri: URIRef, triples: Iterable[Triple]) -> None:
        """Drop and refill the graph in one update request, which the endpoint runs atomically."""
        self._check_writable()
        graph = Graph()
        for triple in triples:
            graph.add(triple)
        # N-Triples is the escaping the update grammar expects: terms, not text, reach the endpoint.
        data = graph.serialize(format="nt")
        target = URIRef(str(iri)).n3()
        self._update(f"DROP SILENT GRAPH {target} ;\nINSERT DATA {{ GRAPH {target} {{\n{data}}} }}")

    def drop_graph(self, iri: URIRef) -> None:
        self._check_writable()
        self._update(f"DROP SILENT GRAPH {URIRef(str(iri)).n3()}")

    def _update(self, text: str) -> None:
        with self._lock:
            try:
                self._ds.store.update(text)
            except Exception as exc:  # urllib and rdflib raise unrelated types
                raise self._translate(exc) from None

    def close(self) -> None:
        self._ds.store.close()
