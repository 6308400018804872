"""SHACL validation of stancegraph data against ``ontology/shapes.ttl``.

The union of all named graphs is validated at once (a statement in one article graph may name an
actor described in the registry graph), with the ontology and the event-type scheme mixed in: the
role of pyshacl's ``ont_graph``, done here because pyshacl copies only class axioms from it.

No inference is run by default. SHACL already follows ``rdfs:subClassOf`` for ``sh:targetClass``
and ``sh:class``, while RDFS domain and range entailment would type every ``sg:speaker`` value as
an ``sg:Actor``: a claim given as a speaker would then pass ``sh:class`` and only show up, less
clearly, as an actor without a name. ``inference="rdfs"`` remains available.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from pyshacl.helper.sparql_query_helper import SPARQLQueryHelper
from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef, Variable
from rdflib.collection import Collection
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result
from rdflib.term import BNode, Node

from graph.errors import StoreError, ValidationFailed
from graph.rdfread import parse_file
from graph.shapequery import ShapeQueries, compile_shapes
from graph.vocab import (
    EVENT_TYPES_FILE,
    ONTOLOGY_DIR,
    ONTOLOGY_FILE,
    PREFIXES,
    SGD,
    SGSH,
    SH,
    SHAPES_FILE,
)

__all__ = [
    "ValidationReport",
    "Violation",
    "compiled_shapes",
    "raise_unless_conforms",
    "require_valid",
    "validate",
]

_SHORT = {**PREFIXES, "sh": str(SH), "sgsh": str(SGSH), "xsd": "http://www.w3.org/2001/XMLSchema#"}
# Longest namespace first, so sgd:article/… is not shortened by a shorter prefix of it.
_NAMESPACES = sorted(((ns, p) for p, ns in _SHORT.items()), key=lambda pair: -len(pair[0]))
# The dataset's copies of the ontology files (graph.rdf.ONTOLOGY_GRAPH and EVENT_TYPES_GRAPH).
_IRI = re.compile(r"<([^<>\s]+)>")
_SKIPPED_GRAPHS = frozenset({SGD["graph/ontology"], SGD["graph/event-types"]})


def short(node: Node | None) -> str:
    """A compact, readable name for a node: a prefixed name for IRIs, a quoted literal.

    >>> short(URIRef("https://w3id.org/stancegraph/id/article/a1/statement-0-4"))
    'sgd:article/a1/statement-0-4'
    >>> short(Literal("yes"))
    '"yes"'
    """
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        text = str(node)
        for namespace, prefix in _NAMESPACES:
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace) :]}"
        return f"<{text}>"
    if isinstance(node, Literal):
        text = str(node)
        return '"' + (text[:60] + "…" if len(text) > 60 else text) + '"'
    return str(node)


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule: the node, the property path, the rule, the offending value, why."""

    focus: str
    path: str | None
    rule: str
    value: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        value = f" = {self.value}" if self.value else ""
        return f"{where}{value}: {self.rule}: {self.message}"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of a validation: whether the data conforms, and every violation found."""

    conforms: bool
    violations: tuple[Violation, ...] = ()

    def __str__(self) -> str:
        if self.conforms:
            return "the graph conforms to the stancegraph shapes"
        lines = [f"{len(self.violations)} SHACL violation(s):"]
        lines.extend(f"  {v}" for v in self.violations)
        return "\n".join(lines)


@lru_cache(maxsize=4)
def _ontology(folder: Path) -> Graph:
    graph = Graph()
    for name in (ONTOLOGY_FILE, EVENT_TYPES_FILE):
        _parse(graph, folder / name)
    return graph


@lru_cache(maxsize=4)
def _shapes(folder: Path) -> Graph:
    return _parse(Graph(), folder / SHAPES_FILE)


def _parse(graph: Graph, path: Path) -> Graph:
    if not path.exists():
        raise StoreError(f"{path}: no such file; pass the folder holding the ontology")
    return parse_file(graph, path, "turtle", error=StoreError, then="fix the ontology file")


class _PreparedQueries(Graph):
    """A graph whose SPARQL constraints are answered by Oxigraph over a copy of it.

    pyshacl hands the same SHACL-SPARQL text to ``query`` once per focus node, with ``$this``
    bound; rdflib would evaluate each, triple by triple in Python: two thirds of the time of a
    validation. Oxigraph evaluates it with ``$this`` substituted (SEP-0007, the pre-binding
    SHACL asks for) over a copy made at the first query, when the graph is complete (nothing
    is inferred into it). The core constraints still read this rdflib graph. Should Oxigraph
    fail on a query, rdflib answers it, parsed once per distinct text.
    """

    _engine: ox.Store | None = None

    def query(  # type: ignore[no-untyped-def, override]
        self,
        query_object,
        processor="sparql",
        result="sparql",
        initNs=None,
        initBindings=None,
        use_store_provided=True,
        **kwargs,
    ):
        plain = (processor, result, initNs, kwargs) == ("sparql", "sparql", None, {})
        if isinstance(query_object, str) and plain:
            try:
                return self._oxigraph(query_object, initBindings or {})
            except (SyntaxError, ValueError, TypeError, OSError, RuntimeError):
                pass
        if isinstance(query_object, str):
            query_object = _prepare(query_object)
        return super().query(
            query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs
        )

    def _oxigraph(self, text: str, bindings: dict) -> Result:
        if self._engine is None:
            engine = ox.Store()
            engine.bulk_extend(ox.Quad(*map(_to_ox, t)) for t in self)  # type: ignore[arg-type]
            self._engine = engine
        answer = self._engine.query(
            text, substitutions={ox.Variable(str(k)): _to_ox(v) for k, v in bindings.items()}
        )
        if not isinstance(answer, ox.QuerySolutions):
            raise TypeError("not a SELECT")
        names = [Variable(v.value) for v in answer.variables]
        result = Result("SELECT")
        result.vars = names
        result.bindings = [
            {n: _to_rdflib(s[i]) for i, n in enumerate(names) if s[i] is not None} for s in answer
        ]
        return result


def _to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot copy {term!r} into Oxigraph")


def _to_rdflib(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"cannot read {term!r} from Oxigraph")


@lru_cache(maxsize=64)
def _prepare(text: str) -> Query:
    return prepareQuery(text)


_check_sparql = SPARQLQueryHelper.check_invalid_sparql
_CHECKED: set[tuple[str, bool, tuple[str, ...]]] = set()


def _check_sparql_once(self, sparql_text, valuenode=None, extravars=None):  # type: ignore[no-untyped-def]
    """pyshacl's check that a SPARQL constraint is allowed (no MINUS, VALUES, SERVICE, …), a
    function of the text alone, run once per text rather than once per focus node (a fifth of a
    batch's validation): a text that fails is checked, and fails, every time."""
    key = (sparql_text, valuenode is not None, tuple(sorted(extravars or ())))
    if key not in _CHECKED:
        _check_sparql(self, sparql_text, valuenode=valuenode, extravars=extravars)
        _CHECKED.add(key)
    return True


SPARQLQueryHelper.check_invalid_sparql = _check_sparql_once  # type: ignore[method-assign]


Data = Graph | Sequence[Graph]
"""What is validated: a Dataset (its named graphs), one Graph, or a list of graphs."""


def _graphs(data: Data) -> Iterable[Graph]:
    if isinstance(data, Dataset):
        return data.graphs()
    return (data,) if isinstance(data, Graph) else data


def _union(data: Data, ontology: Graph) -> Graph:
    # pyshacl's ont_graph "inoculation" copies class axioms only, not the event-type concepts
    # the shapes look up, so the ontology is mixed in here, in full, into a fresh graph.
    union = _PreparedQueries()
    for triple in ontology:
        union.add(triple)
    for graph in _graphs(data):
        if graph.identifier in _SKIPPED_GRAPHS:
            continue  # the dataset's copy of the ontology: the files are the reference
        for s, p, o in graph:
            union.add((s, p, _plain(o)))
    return union


def _plain(term: Node) -> Node:
    """``"x"^^xsd:string`` as ``"x"``: one term in RDF 1.1, two in rdflib.

    Some stores (Oxigraph) give every simple literal back with its datatype spelled out.
    """
    if isinstance(term, Literal) and term.datatype == XSD.string and term.language is None:
        return Literal(str(term))
    return term


def validate(
    dataset_or_graph: Data,
    *,
    ontology: str | Path | None = None,
    inference: str = "none",
) -> ValidationReport:
    """Validate the union of the named graphs of a Dataset (or of graphs) against the shapes.

    ``ontology`` is the folder of stancegraph.ttl, event-types.ttl and shapes.ttl (default: the
    repository's ``ontology/``).

    >>> from rdflib import RDF
    >>> from graph.vocab import SG
    >>> data = Graph().add((SGD["article/a1/statement-0-2"], RDF.type, SG.Statement))
    >>> report = validate(data)
    >>> report.conforms
    False
    >>> for violation in report.violations:
    ...     if violation.path == "sg:speaker":
    ...         print(violation)  # doctest: +NORMALIZE_WHITESPACE
    sgd:article/a1/statement-0-2 sg:speaker: sh:MinCount:
        Less than 1 values on sgd:article/a1/statement-0-2->sg:speaker
    """
    folder = Path(ontology).resolve() if ontology is not None else ONTOLOGY_DIR
    conforms, results, _ = shacl_validate(
        _union(dataset_or_graph, _ontology(folder)),
        shacl_graph=_shapes(folder),
        inference=inference,
        allow_warnings=True,
        inplace=True,  # the union is a private copy: inference may add to it
    )
    violations = tuple(sorted(_violations(results), key=lambda v: (v.focus, v.rule, str(v))))
    return ValidationReport(conforms=bool(conforms), violations=violations)


def require_valid(dataset_or_graph: Data, *, ontology: str | Path | None = None) -> None:
    """Raise ``ValidationFailed`` naming the first violations unless the data conforms.

    The shapes compiled to SPARQL (``graph.shapequery``) look first; only when they find
    something (or cannot tell) does pyshacl validate, and its report names the violations.
    """
    folder = Path(ontology).resolve() if ontology is not None else ONTOLOGY_DIR
    if _quickly_conforms(dataset_or_graph, folder):
        return
    raise_unless_conforms(validate(dataset_or_graph, ontology=folder))


@lru_cache(maxsize=4)
def compiled_shapes(folder: Path = ONTOLOGY_DIR) -> ShapeQueries | None:
    """The shapes of ``folder`` as SPARQL queries, or None if some shape is beyond them."""
    return compile_shapes(_shapes(folder))


@lru_cache(maxsize=4)
def _ontology_quads(folder: Path) -> tuple[ox.Quad, ...]:
    return tuple(ox.Quad(*map(_to_ox, t)) for t in _ontology(folder))  # type: ignore[arg-type]


# The datatypes pyshacl checks a literal's value against (any other sh:datatype passes).
_TYPED = frozenset(XSD[t] for t in ("string", "integer", "float", "decimal", "boolean", "date",
                                    "time", "dateTime"))  # fmt: skip


def _quickly_conforms(data: Data, folder: Path) -> bool:
    """Whether the compiled shapes find nothing in the union of ``data`` and the ontology.

    False also when they cannot tell: no compiled shapes, or a literal not of its datatype's
    form (pyshacl reads literal values; SPARQL sees only their datatype).
    """
    queries = compiled_shapes(folder)
    if queries is None:
        return False
    engine = ox.Store()
    engine.bulk_extend(_ontology_quads(folder))
    terms: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}
    quads = []
    for graph in _graphs(data):
        if graph.identifier in _SKIPPED_GRAPHS:
            continue
        for triple in graph:
            o = triple[2]
            if isinstance(o, Literal) and (
                o.ill_typed or (o.datatype in _TYPED and o.value is None)
            ):
                return False
            converted = []
            for term in triple:
                known = terms.get(term)
                if known is None:
                    known = terms[term] = _to_ox(term)
                converted.append(known)
            quads.append(ox.Quad(*converted))  # type: ignore[arg-type]
    engine.bulk_extend(quads)
    return queries.conforms(engine)


def raise_unless_conforms(report: ValidationReport) -> None:
    """Raise ``ValidationFailed`` naming the first violations of ``report``, if it has any."""
    if report.conforms:
        return
    shown = "; ".join(str(v) for v in report.violations[:3])
    more = f" (and {len(report.violations) - 3} more)" if len(report.violations) > 3 else ""
    raise ValidationFailed(
        f"the graph breaks {len(report.violations)} SHACL rule(s): {shown}{more}; "
        "fix the annotation or extractor output that made these nodes",
        violations=tuple(str(v) for v in report.violations),
    )


def _violations(results: Graph) -> list[Violation]:
    found = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        if results.value(result, SH.resultSeverity) != SH.Violation:
            continue
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        found.append(
            Violation(
                focus=short(results.value(result, SH.focusNode)),
                path=None if path is None else _path(results, path),
                rule=_rule(results, result),
                value=None
                if results.value(result, SH.value) is None
                else short(results.value(result, SH.value)),
                message=_IRI.sub(lambda m: short(URIRef(m[1])), str(message or "")),
            )
        )
    return found


def _rule(results: Graph, result: Node) -> str:
    constraint = results.value(result, SH.sourceConstraint)
    if isinstance(constraint, URIRef):
        return short(constraint)  # a named SPARQL constraint: sgsh:SpanTextMatches
    component = results.value(result, SH.sourceConstraintComponent)
    name = short(component)
    return name.removesuffix("ConstraintComponent")


def _path(results: Graph, path: Node) -> str:
    if isinstance(path, BNode):
        inverse = results.value(path, SH.inversePath)
        if inverse is not None:
            return f"^{_path(results, inverse)}"
        if results.value(path, RDF.first) is not None:
            return "/".join(_path(results, step) for step in Collection(results, path))
    return short(path)
