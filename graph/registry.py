"""The actor registry: ``data/actors.ttl`` <-> ``Actor`` records.

The registry is Turtle following the RDF mapping of docs/architecture.md: an actor is an IRI
``sgd:actor/{slug of its canonical name}`` typed ``sg:Person``, ``sg:Organization``,
``sg:GovernmentBody``, ``sg:Country`` or ``sg:Group``, with ``skos:prefLabel`` (the name),
``skos:altLabel`` (aliases), ``sg:speaksFor``, ``sg:wikidata`` and ``rdfs:comment``.
Looking a name up among the records is ``graph.names.resolve``.
"""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import RDF, RDFS, SKOS, Graph, URIRef

from graph.errors import GraphError, InputError
from graph.model import ACTOR_TYPES, Actor
from graph.rdfread import parse_file
from graph.readback import graph_to_actors
from graph.text import slugify
from graph.vocab import SG, SGD

__all__ = ["ACTOR_BASE", "actors_from_graph", "load_registry"]

ACTOR_BASE = str(SGD["actor/"])
_WIKIDATA = re.compile(r"^http://www\.wikidata\.org/entity/(Q[0-9]+)$")
_TYPES = {SG[name]: name for name in ACTOR_TYPES}


def load_registry(path: str | Path) -> tuple[Actor, ...]:
    """The actors of the Turtle file ``path``, sorted by id.

    Every problem is an ``InputError`` naming the file: bad Turtle (with its line), an actor
    without a name or of an unknown type, a ``sg:speaksFor`` to an actor the file lacks.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such actor registry; create it or pass --data")
    graph = parse_file(Graph(), path, "turtle", error=InputError, then="fix the Turtle there")
    return actors_from_graph(graph, where=str(path))


def actors_from_graph(graph: Graph, *, where: str = "the actor registry") -> tuple[Actor, ...]:
    """The ``Actor`` records described in ``graph``, sorted by id.

    Checks what a hand-written registry gets wrong, naming ``where``; the records themselves are
    made by ``graph.readback.graph_to_actors``, the one place that knows the mapping.
    """
    subjects = {s for s, _, t in graph.triples((None, RDF.type, None)) if t in _TYPES}
    subjects |= {s for s in graph.subjects() if str(s).startswith(ACTOR_BASE)}
    ids: dict[URIRef, str] = {}
    for subject in subjects:
        if not isinstance(subject, URIRef) or not str(subject).startswith(ACTOR_BASE):
            raise InputError(f"{where}: actor {subject} is not an IRI under {ACTOR_BASE}")
        ids[subject] = str(subject)[len(ACTOR_BASE) :]
    for subject in subjects:
        _check_actor(graph, subject, ids, where)
    try:
        return tuple(graph_to_actors(graph))
    except GraphError as exc:
        raise InputError(f"{where}: {exc}") from None


def _check_actor(graph: Graph, subject: URIRef, ids: dict[URIRef, str], where: str) -> None:
    actor_id = ids[subject]
    types = list(graph.objects(subject, RDF.type))
    if len([t for t in types if t in _TYPES]) != 1:
        found = ", ".join(sorted(str(t) for t in types)) or "none"
        raise InputError(
            f"{where}: actor {actor_id!r} needs exactly one type of sg:"
            f"{', sg:'.join(ACTOR_TYPES)} (found {found})"
        )
    labels = [str(v) for v in graph.objects(subject, SKOS.prefLabel)]
    if len(labels) != 1 or not labels[0].strip():
        raise InputError(
            f"{where}: actor {actor_id!r} needs exactly one skos:prefLabel (found {len(labels)})"
        )
    if slugify(labels[0]) != actor_id:
        raise InputError(
            f"{where}: actor {actor_id!r} is named {labels[0]!r}, whose IRI should end in "
            f"{slugify(labels[0])!r}"
        )
    if labels[0] in {str(v) for v in graph.objects(subject, SKOS.altLabel)}:
        raise InputError(f"{where}: actor {actor_id!r} has its name among its aliases; drop it")
    comments = list(graph.objects(subject, RDFS.comment))
    if len(comments) > 1:
        raise InputError(f"{where}: actor {actor_id!r} has {len(comments)} rdfs:comment; keep one")
    _check_speaks_for(graph, subject, ids, where)
    _check_wikidata(graph, subject, actor_id, where)


def _check_speaks_for(graph: Graph, subject: URIRef, ids: dict[URIRef, str], where: str) -> None:
    targets = list(graph.objects(subject, SG.speaksFor))
    if not targets:
        return
    if len(targets) > 1:
        raise InputError(f"{where}: actor {ids[subject]!r} speaks for more than one actor")
    target = targets[0]
    if target not in ids:
        raise InputError(
            f"{where}: actor {ids[subject]!r} speaks for {target}, which is not an actor "
            "of the registry; add it or fix the IRI"
        )


def _check_wikidata(graph: Graph, subject: URIRef, actor_id: str, where: str) -> None:
    values = list(graph.objects(subject, SG.wikidata))
    if len(values) > 1:
        raise InputError(f"{where}: actor {actor_id!r} has {len(values)} sg:wikidata; keep one")
    if values and not (isinstance(values[0], URIRef) and _WIKIDATA.match(str(values[0]))):
        value = values[0]
        raise InputError(
            f"{where}: actor {actor_id!r} has sg:wikidata {value!s}, "
            "not an IRI http://www.wikidata.org/entity/Q…"
        )
