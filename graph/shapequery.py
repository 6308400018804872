"""The SHACL shapes as SPARQL queries: a quick yes-or-no check that data conforms.

pyshacl walks each shape over each focus node in Python and writes a report for every failed
branch of an ``sh:or``, even in data that conforms. Here each constraint of ``shapes.ttl``
becomes one SPARQL query that finds every focus node breaking it at once, answered by Oxigraph.
The check can only say "conforms" or "maybe not": ``graph.validate`` runs pyshacl whenever it
finds anything, so every report and message is still pyshacl's. A query is built to find a
violation whenever pyshacl would, and may find more (any comparison that fails or errs counts as
a violation: an ``xsd:decimal`` of more than 18 places, which Oxigraph does not read, is one);
any shape feature the compiler does not know makes the whole check unavailable
(``compile_shapes`` returns None) and pyshacl does all the work.

Known: targets ``sh:targetClass`` (through ``rdfs:subClassOf``), ``sh:targetSubjectsOf``,
``sh:targetObjectsOf``, ``sh:targetNode``; ``sh:property`` with predicate, inverse and sequence
paths; ``sh:minCount``, ``sh:maxCount``, ``sh:class``, ``sh:datatype``, ``sh:nodeKind``,
``sh:in``, ``sh:pattern``, ``sh:minLength``, ``sh:maxLength``, ``sh:min/maxInclusive``,
``sh:min/maxExclusive``, ``sh:lessThan(OrEquals)``, ``sh:or``/``sh:xone``/``sh:and``/``sh:not``
of shapes made of those value tests, and ``sh:sparql`` SELECT constraints on node shapes whose
``$this`` is used where binding it first changes nothing (see ``_this_is_safe``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import BNode, Node

from graph.vocab import SH

__all__ = ["ShapeQueries", "compile_shapes"]

_SUBCLASS = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>/<http://www.w3.org/2000/01/rdf-schema#subClassOf>*"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NODE_KINDS = {
    SH.IRI: "isIRI({v})",
    SH.BlankNode: "isBlank({v})",
    SH.Literal: "isLiteral({v})",
    SH.BlankNodeOrIRI: "(isBlank({v}) || isIRI({v}))",
    SH.BlankNodeOrLiteral: "(isBlank({v}) || isLiteral({v}))",
    SH.IRIOrLiteral: "(isIRI({v}) || isLiteral({v}))",
}
_COMPARE = {
    SH.minInclusive: ">=",
    SH.maxInclusive: "<=",
    SH.minExclusive: ">",
    SH.maxExclusive: "<",
}
_LENGTH = {SH.minLength: ">=", SH.maxLength: "<="}
_PAIR = {SH.lessThan: "<", SH.lessThanOrEquals: "<="}
_LOGIC = (SH["or"], SH.xone, SH["and"], SH["not"])
# Descriptive or structural terms of a shape that constrain nothing themselves.
_INERT = frozenset(
    {RDF.type, SH.path, SH.name, SH.description, SH.message, SH.order, SH.group,
     SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode,
     SH.property, SH.sparql, SH.minCount, SH.maxCount, *_PAIR,
     URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
     URIRef("http://www.w3.org/2000/01/rdf-schema#label")}
)  # fmt: skip
_VALUE_TESTS = frozenset(
    {SH["class"], SH.datatype, SH.nodeKind, SH["in"], SH.pattern, SH.flags, *_COMPARE, *_LENGTH,
     *_LOGIC}
)  # fmt: skip


class Unsupported(Exception):
    """A shape uses something this compiler does not translate."""


@dataclass(frozen=True)
class ShapeQueries:
    """The compiled check: SPARQL queries, each with a solution only where a constraint fails."""

    queries: tuple[str, ...]

    def conforms(self, data: ox.Store) -> bool:
        """True when no query finds anything in ``data`` (the union of the graphs, default graph).

        >>> from graph.validate import compiled_shapes
        >>> compiled_shapes().conforms(ox.Store())
        True
        """
        for text in self.queries:
            answer = data.query(text, use_default_graph_as_union=True)
            if isinstance(answer, ox.QuerySolutions):
                if next(iter(answer), None) is not None:
                    return False
            elif answer:  # an ASK
                return False
        return True


def compile_shapes(shapes: Graph) -> ShapeQueries | None:
    """The queries of every node shape of ``shapes``, or None if any uses an unknown feature."""
    try:
        queries: list[str] = []
        for shape in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
            queries.extend(_node_shape(shapes, shape))
        return ShapeQueries(tuple(queries))
    except Unsupported:
        return None


def _node_shape(g: Graph, shape: Node) -> Iterator[str]:
    if g.value(shape, SH.deactivated) is not None or g.value(shape, SH.severity) is not None:
        raise Unsupported(f"{shape}: sh:deactivated or sh:severity")
    focus = _focus(g, shape)
    if focus is None:
        return
    _known(g, shape, _INERT | _VALUE_TESTS)
    test = _value_test(g, shape, "?this")
    if test is not None:
        yield f"ASK {{ {focus} FILTER (!COALESCE({test}, false)) }}"
    for prop in g.objects(shape, SH.property):
        yield from _property_shape(g, prop, focus)
    for constraint in g.objects(shape, SH.sparql):
        yield _sparql(g, constraint, focus)


def _focus(g: Graph, shape: Node) -> str | None:
    """A group pattern binding ``?this`` to every focus node of ``shape``."""
    branches = [f"{{ ?this {_SUBCLASS} {_n3(c)} }}" for c in g.objects(shape, SH.targetClass)]
    branches += [f"{{ ?this {_n3(p)} [] }}" for p in g.objects(shape, SH.targetSubjectsOf)]
    branches += [f"{{ [] {_n3(p)} ?this }}" for p in g.objects(shape, SH.targetObjectsOf)]
    nodes = [_n3(n) for n in g.objects(shape, SH.targetNode)]
    if nodes:
        branches.append(f"{{ VALUES ?this {{ {' '.join(nodes)} }} }}")
    if (shape, RDF.type, URIRef("http://www.w3.org/2000/01/rdf-schema#Class")) in g:
        raise Unsupported(f"{shape}: implicit class target")
    return "{ " + " UNION ".join(branches) + " }" if branches else None


def _property_shape(g: Graph, prop: Node, focus: str) -> Iterator[str]:
    if g.value(prop, SH.deactivated) is not None or g.value(prop, SH.severity) is not None:
        raise Unsupported(f"{prop}: sh:deactivated or sh:severity")
    _known(g, prop, (_INERT | _VALUE_TESTS) - {SH.property, SH.sparql})
    path = _path(g, g.value(prop, SH.path))
    values = f"{focus} ?this {path} ?v ."
    test = _value_test(g, prop, "?v")
    if test is not None:
        yield f"ASK {{ {values} FILTER (!COALESCE({test}, false)) }}"
    for count in g.objects(prop, SH.minCount):
        n = _integer(count)
        if n > 0:
            yield (
                f"ASK {{ {{ SELECT ?this (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {focus} "
                f"OPTIONAL {{ ?this {path} ?v }} }} GROUP BY ?this }} FILTER (?n < {n}) }}"
            )
    for count in g.objects(prop, SH.maxCount):
        yield (
            f"ASK {{ {{ SELECT ?this WHERE {{ {values} }} GROUP BY ?this "
            f"HAVING (COUNT(DISTINCT ?v) > {_integer(count)}) }} }}"
        )
    for key, op in _PAIR.items():
        for other in g.objects(prop, key):
            yield (
                f"ASK {{ {values} ?this {_n3(other)} ?o . FILTER (!COALESCE(?v {op} ?o, false)) }}"
            )


def _value_test(g: Graph, shape: Node, v: str) -> str | None:
    """A SPARQL expression true when value ``v`` passes every value test of ``shape``."""
    tests = []
    for cls in g.objects(shape, SH["class"]):
        tests.append(f"EXISTS {{ {v} {_SUBCLASS} {_n3(cls)} }}")
    for dtype in g.objects(shape, SH.datatype):
        tests.append(f"(isLiteral({v}) && sameTerm(DATATYPE({v}), {_n3(dtype)}))")
    for kind in g.objects(shape, SH.nodeKind):
        if kind not in _NODE_KINDS:
            raise Unsupported(f"sh:nodeKind {kind}")
        tests.append(_NODE_KINDS[kind].format(v=v))
    for members in g.objects(shape, SH["in"]):
        options = [f"sameTerm({v}, {_n3(m)})" for m in Collection(g, members)]
        tests.append("(" + (" || ".join(options) or "false") + ")")
    for pattern in g.objects(shape, SH.pattern):
        flags = g.value(shape, SH.flags)
        extra = f", {_n3(Literal(str(flags)))}" if flags is not None else ""
        tests.append(f"(!isBlank({v}) && REGEX(STR({v}), {_n3(Literal(str(pattern)))}{extra}))")
    for key, op in _LENGTH.items():
        for n in g.objects(shape, key):
            tests.append(f"(!isBlank({v}) && STRLEN(STR({v})) {op} {_integer(n)})")
    for key, op in _COMPARE.items():
        for bound in g.objects(shape, key):
            tests.append(f"({v} {op} {_n3(bound)})")
    tests.extend(_logic(g, shape, v))
    return " && ".join(tests) if tests else None


def _logic(g: Graph, shape: Node, v: str) -> Iterator[str]:
    for key in _LOGIC:
        for listed in g.objects(shape, key):
            members = [listed] if key == SH["not"] else list(Collection(g, listed))
            parts = [_member(g, m, v) for m in members]
            if key == SH["or"]:
                yield "(" + (" || ".join(parts) or "false") + ")"
            elif key == SH["and"]:
                yield "(" + (" && ".join(parts) or "true") + ")"
            elif key == SH["not"]:
                yield f"(!{parts[0]})"
            else:
                yield "(" + " + ".join(f"IF({p}, 1, 0)" for p in parts) + " = 1)"


def _member(g: Graph, shape: Node, v: str) -> str:
    """A member shape of a logical constraint: value tests only (no paths, no targets)."""
    _known(g, shape, _VALUE_TESTS | {RDF.type})
    return _value_test(g, shape, v) or "true"


def _path(g: Graph, path: Node | None) -> str:
    if isinstance(path, URIRef):
        return _n3(path)
    if isinstance(path, BNode):
        inverse = g.value(path, SH.inversePath)
        if isinstance(inverse, URIRef):
            return f"^{_n3(inverse)}"
        if g.value(path, RDF.first) is not None:
            return "(" + "/".join(_path(g, step) for step in Collection(g, path)) + ")"
    raise Unsupported(f"path {path}")


def _sparql(g: Graph, constraint: Node, focus: str) -> str:
    """A SELECT constraint with ``$this`` bound to each focus node by its first pattern."""
    _known(g, constraint, {RDF.type, SH.select, SH.prefixes, SH.message,
                           URIRef("http://www.w3.org/2000/01/rdf-schema#comment")})  # fmt: skip
    if g.value(constraint, SH.deactivated) is not None:
        raise Unsupported(f"{constraint}: sh:deactivated")
    text = str(g.value(constraint, SH.select) or "")
    masked = _mask(text)
    if re.search(r"\$(?!this\b)\w+", masked):
        raise Unsupported(f"{constraint}: a pre-bound variable other than $this")
    where = re.search(r"\bWHERE\s*\{", masked, re.IGNORECASE)
    if where is None or not _this_is_safe(masked[where.end() :]):
        raise Unsupported(f"{constraint}: $this where binding it first could change the answer")
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in _prefixes(g, constraint))
    return f"{prefixes}{text[: where.end()]} {focus} {text[where.end() :]}"


def _this_is_safe(body: str) -> bool:
    """Whether ``$this`` appears only where binding it at the start of the WHERE group gives
    the pre-bound answer: in that group, inside ``EXISTS { }``, or in a nested group of plain
    triple patterns (a UNION branch), which is joined with the binding. No subqueries."""
    if re.search(r"\b(SELECT|GRAPH|SERVICE)\b", body, re.IGNORECASE):
        return False
    stack: list[str] = []
    for token in re.finditer(r"\{|\}|[$?]this\b", body, re.I):
        word = token.group(0)
        if word == "{":
            before = body[: token.start()].rstrip()
            stack.append("exists" if before.upper().endswith("EXISTS") else "group")
            if before.upper().endswith("MINUS"):
                stack[-1] = "scoped"
            elif stack[-1] == "group":
                inner = _group_text(body, token.end())
                if re.search(r"\b(FILTER|OPTIONAL|BIND|MINUS|VALUES|EXISTS)\b", inner, re.I):
                    stack[-1] = "scoped"
        elif word == "}":
            if not stack:
                return True  # the end of the WHERE group
            stack.pop()
        elif word.lower().endswith("this") and "scoped" in stack:
            return False
    return True


def _group_text(text: str, start: int) -> str:
    depth = 1
    for i in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return text[start:i]
    return text[start:]


def _mask(text: str) -> str:
    """``text`` with its string literals, IRIs and comments blanked (same length, same offsets)."""
    pattern = (
        r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\''
        r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*"
    )
    return re.sub(pattern, lambda m: " " * len(m.group(0)), text)


def _prefixes(g: Graph, constraint: Node) -> Iterable[tuple[str, str]]:
    for source in g.objects(constraint, SH.prefixes):
        for declared in g.objects(source, SH.declare):
            prefix, namespace = g.value(declared, SH.prefix), g.value(declared, SH.namespace)
            if prefix is None or namespace is None:
                raise Unsupported(f"{source}: an incomplete sh:declare")
            yield str(prefix), str(namespace)


def _known(g: Graph, shape: Node, allowed: Iterable[Node]) -> None:
    unknown = set(g.predicates(shape)) - set(allowed)
    if unknown:
        raise Unsupported(f"{shape}: {', '.join(sorted(map(str, unknown)))}")


def _integer(node: Node) -> int:
    if not isinstance(node, Literal) or not isinstance(node.value, int):
        raise Unsupported(f"not an integer: {node}")
    return int(node.value)


def _n3(node: Node) -> str:
    if isinstance(node, URIRef | Literal):
        return node.n3()
    raise Unsupported(f"a blank node where a term is expected: {node}")
