"""What the text index is made of: statements (and stances) read from triples or quads.

An entry is what the index keeps of one statement; ``entries_from_quads`` reads them from a
snapshot as it is parsed, ``entries_from_triples`` from one article graph being written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from graph.store import stanceindex
from graph.store.stanceindex import StanceEntry, stance_entries

__all__ = [
    "INDEXED_PREDICATES",
    "ROW_COLUMNS",
    "StatementEntry",
    "entries_from_quads",
    "entries_from_triples",
    "search_text",
]

_SG = "https://w3id.org/stancegraph/ontology#"
_OA = "http://www.w3.org/ns/oa#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SEPARATOR = "\x1f"  # between the quote and its evidence, so no match spans the two


@dataclass(frozen=True, slots=True)
class StatementEntry:
    """One statement as the index keeps it; ``text`` is what search looks in (quote and evidence).

    The rest is its row as a page shows it (lexical forms and IRIs, as stored), so a page, a
    search or a who-said page is read from the index without asking the store; an entry
    without them (``content`` None) is read from the store."""

    iri: str
    speaker: str
    day: str | None
    article: str
    start: int
    text: str
    end: int | None = None
    content: str | None = None
    kind: str | None = None
    cue: str | None = None
    certainty: str | None = None
    confidence: str | None = None
    utterance: str | None = None

    def row(self) -> tuple[str | int | None, ...]:
        """The page columns (``ROW_COLUMNS``), in that order."""
        return (self.end, self.content, self.kind, self.cue, self.certainty, self.confidence,
                self.utterance)  # fmt: skip


ROW_COLUMNS = ("stop", "content", "kind", "cue", "certainty", "confidence", "utterance")
"""The index's columns for a statement's page row beside its key (``stop`` is the span's end)."""


# The predicates an index entry is made of (what entries_from_quads needs to see).
INDEXED_PREDICATES = frozenset(
    (
        _RDF_TYPE,
        *(f"{_SG}{p}" for p in ("speaker", "content", "sourceArticle", "span", "date")),
        *(f"{_SG}{p}" for p in ("quoteKind", "cue", "dateCertainty", "confidence", "utterance")),
        f"{_OA}start",
        f"{_OA}end",
        f"{_OA}exact",
        *stanceindex.PREDICATES,
    )
)


def entries_from_triples(
    triples: Iterable[tuple[object, object, object]],
) -> list[StatementEntry | StanceEntry]:
    """The statements and stances among ``triples`` (one article graph) as index entries."""
    by_subject: dict[str, dict[str, object]] = {}
    for s, p, o in triples:
        by_subject.setdefault(str(s), {})[str(p)] = o
    return _entries(by_subject)


def entries_from_quads(
    quads: Iterable[tuple[str, str, str, str]],
) -> Iterator[tuple[str, StatementEntry | StanceEntry]]:
    """``(graph, entry)`` for the statements and stances among ``(subject, predicate, object, graph)``
    quads read from a snapshot, one graph after another as build writes them.

    Only one graph's subjects are held at a time, so a snapshot of any size is indexed in
    bounded memory (pass only ``INDEXED_PREDICATES`` quads to keep it small).

    >>> sg, oa = _SG, _OA
    >>> quads = [("s", _RDF_TYPE, sg + "Statement", "g"), ("s", sg + "speaker", "ana", "g"),
    ...     ("s", sg + "content", "Sí", "g"), ("s", sg + "sourceArticle", "a1", "g"),
    ...     ("s", sg + "span", "s/span", "g"), ("s/span", oa + "start", "4", "g")]
    >>> [(g, e.iri, e.start, e.text) for g, e in entries_from_quads(quads)]
    [('g', 's', 4, 'Sí')]
    """
    graph: str | None = None
    by_subject: dict[str, dict[str, object]] = {}
    for s, p, o, g in quads:
        if g != graph:
            if graph is not None:
                yield from ((graph, e) for e in _entries(by_subject))
            graph, by_subject = g, {}
        by_subject.setdefault(s, {})[p] = o
    if graph is not None:
        yield from ((graph, e) for e in _entries(by_subject))


def _entries(by_subject: dict[str, dict[str, object]]) -> list[StatementEntry | StanceEntry]:
    out: list[StatementEntry | StanceEntry] = list(stance_entries(by_subject))
    for iri, props in by_subject.items():
        if str(props.get(_RDF_TYPE)) != f"{_SG}Statement" or f"{_SG}speaker" not in props:
            continue
        span = by_subject.get(str(props.get(f"{_SG}span")), {})
        date = props.get(f"{_SG}date")
        end = span.get(f"{_OA}end")
        content = props.get(f"{_SG}content")
        out.append(
            StatementEntry(
                iri=iri,
                speaker=str(props[f"{_SG}speaker"]),
                day=str(date)[:10] if date is not None else None,
                article=str(props.get(f"{_SG}sourceArticle")),
                start=int(str(span.get(f"{_OA}start", 0))),
                text=search_text(
                    str(props.get(f"{_SG}content", "")), str(span.get(f"{_OA}exact", ""))
                ),
                end=None if end is None else int(str(end)),
                content=None if content is None else str(content),
                kind=_text(props.get(f"{_SG}quoteKind")),
                cue=_text(props.get(f"{_SG}cue")),
                certainty=_text(props.get(f"{_SG}dateCertainty")),
                confidence=_text(props.get(f"{_SG}confidence")),
                utterance=_text(props.get(f"{_SG}utterance")),
            )
        )
    return out


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def search_text(content: str, exact: str) -> str:
    """What search looks in: the quote and, when it differs, the evidence text."""
    return content if exact in ("", content) else content + _SEPARATOR + exact
