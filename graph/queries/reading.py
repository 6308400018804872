"""Store rows -> facade rows: the one place that reads the columns of the named queries.

Each function takes the rows of one ``graph/sparql/*.rq`` query (and, for names, a lookup from
actor id to display name) and returns the records of ``graph.queries.rows`` or ``graph.model``.
Dates become ``datetime.date`` here, as they leave the store.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote

from rdflib import RDF, URIRef
from rdflib.term import Node

from graph.dates import parse_iso_date
from graph.model import Actor, Article, DateValue
from graph.queries.rows import StanceRow, StatementRow, TimelineRow
from graph.store import Row
from graph.vocab import OA, SG, SGD

__all__ = [
    "EventFact",
    "StanceFact",
    "actor_table",
    "article",
    "basis_words",
    "claim_table",
    "events",
    "indexed_rows",
    "local",
    "stance",
    "statement",
    "statements_by_iri",
]

Names = Callable[[str], str]
"""Actor id -> display name."""


@dataclass(frozen=True, slots=True)
class EventFact:
    """An event's row with what filters need: its participants' ids and its IRI."""

    row: TimelineRow
    actor_ids: tuple[str, ...]
    iri: str


@dataclass(frozen=True, slots=True)
class StanceFact:
    """A stance's row with the IRI of the statement or event it rests on, and of the utterance
    that statement reports."""

    row: StanceRow
    basis: str | None
    utterance: str | None = None


def actor_table(actors: Iterable[Row], aliases: Iterable[Row]) -> dict[str, Actor]:
    """Every actor by id; of several stored names the least one stands, the others are aliases."""
    names: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
    for r in actors:
        speaks_for = local(r["speaksFor"], "actor") if r["speaksFor"] is not None else None
        names[local(r["actor"], "actor")].append((str(r["name"]), _fragment(r["type"]), speaks_for))
    also: dict[str, set[str]] = defaultdict(set)
    for r in aliases:
        also[local(r["actor"], "actor")].add(str(r["alias"]))
    table = {}
    for actor_id, options in names.items():
        name, kind, speaks_for = min(options, key=lambda o: (o[0], o[1], o[2] or ""))
        others = tuple(sorted(also[actor_id] | {o[0] for o in options} - {name}))
        table[actor_id] = Actor(actor_id, name, kind, others, speaks_for)  # type: ignore[arg-type]
    return table


def claim_table(rows: Iterable[Row]) -> dict[str, str]:
    """Every claim's text by id (the least text, should a claim have two)."""
    table: dict[str, str] = {}
    for r in rows:
        claim_id = local(r["claim"], "claim")
        table[claim_id] = min(table.get(claim_id, str(r["text"])), str(r["text"]))
    return table


def article(r: Row, article_id: str) -> Article:
    published = _day(r["date"])
    return Article(
        id=article_id,
        text=_str(r["text"]) or "",
        title=_str(r["title"]),
        outlet=_str(r["outlet"]),
        url=_str(r["url"]),
        published=DateValue(published, _certainty(r["certainty"]) if published else "unknown"),  # type: ignore[arg-type]
        author=_str(r.get("author")),
    )


def statement(r: Row, name: Names) -> StatementRow:
    speaker_id = local(r["speaker"], "actor")
    return StatementRow(
        speaker=name(speaker_id),
        speaker_id=speaker_id,
        text=str(r["content"]),
        kind=str(r["kind"]),
        cue=_str(r["cue"]),
        said_on=_day(r["date"]),
        date_certainty=_certainty(r["certainty"]),
        article=local(r["article"], "article"),
        start=_int(r["start"]),
        end=_int(r["end"]),
        confidence=_float(r["confidence"]),
        exact=str(r["exact"]),
    )


def statements_by_iri(query: Callable[..., list[Row]], iris: Sequence[URIRef]) -> dict[str, Row]:
    """Statement IRI -> its row as ``statements.rq`` gives it, for the statements ``iris``: read
    as every property of theirs and of their spans (``properties.rq``, two queries), one index
    range a subject where ``statements.rq`` looks each column up alone (two to four times the
    time at 1M statements). Like ``statements.rq``, a statement missing a required column is not
    there."""
    found: dict[str, dict[str, Node]] = defaultdict(dict)
    for r in query("properties", subject=list(iris)):
        column = _STATEMENT_COLUMNS.get(str(r["p"]))
        if column is not None and (column != "type" or r["o"] == SG.Statement):
            found[str(r["subject"])][column] = r["o"]
    spans = sorted({row["span"] for row in found.values() if "span" in row}, key=str)
    by_span: dict[str, dict[str, Node]] = defaultdict(dict)
    for r in query("properties", subject=spans) if spans else ():
        column = _SPAN_COLUMNS.get(str(r["p"]))
        if column is not None:
            by_span[str(r["subject"])][column] = r["o"]
    out: dict[str, Row] = {}
    for iri, row in found.items():
        row.update(by_span.get(str(row.get("span")), {}))
        if row.pop("type", None) == SG.Statement and all(c in row for c in _REQUIRED):
            out[iri] = {
                "statement": URIRef(iri),
                **dict.fromkeys(("cue", "date", "certainty", "confidence")),
                **row,
                "exact": row["content"],  # a statement's words are its span's
            }
    return out


def indexed_rows(found: Mapping[str, Sequence[object]]) -> dict[str, Row]:
    """Statement IRI -> its row as ``statements.rq`` gives it, from the text index's rows
    (``TextIndex.rows``: IRIs and lexical forms, which ``statement`` reads as it reads terms)."""
    out: dict[str, Row] = {}
    for iri, values in found.items():
        speaker, day, article, start, end, content, kind, cue, certainty, confidence = values[:10]
        row = {"statement": iri, "speaker": speaker, "date": day, "article": article}
        row |= {"start": start, "end": end, "content": content, "exact": content, "kind": kind}
        row |= {"cue": cue, "certainty": certainty, "confidence": confidence}
        out[iri] = row  # type: ignore[assignment]
    return out


_STATEMENT_COLUMNS = {
    str(RDF.type): "type",
    **{
        str(SG[p]): column
        for p, column in (
            ("speaker", "speaker"),
            ("content", "content"),
            ("quoteKind", "kind"),
            ("sourceArticle", "article"),
            ("span", "span"),
            ("cue", "cue"),
            ("date", "date"),
            ("dateCertainty", "certainty"),
            ("confidence", "confidence"),
        )
    },
}
_SPAN_COLUMNS = {str(OA.start): "start", str(OA.end): "end"}
_REQUIRED = ("speaker", "content", "kind", "article", "span", "start", "end")


def events(rows: Iterable[Row], participants: Iterable[Row], name: Names) -> list[EventFact]:
    """Events with their participants, agents first, each named once."""
    people: dict[Node, list[tuple[int, str, str]]] = defaultdict(list)
    for r in participants:
        actor_id = local(r["actor"], "actor")
        role = 0 if str(r["role"]) == "agent" else 1
        people[r["event"]].append((role, name(actor_id), actor_id))
    out = []
    for r in rows:
        seen: dict[str, str] = {}
        for _, actor_name, actor_id in sorted(set(people.get(r["event"], ()))):
            seen.setdefault(actor_id, actor_name)
        row = TimelineRow(
            date=_day(r["date"]),
            date_certainty=_certainty(r["certainty"]),
            kind="event",
            type=str(r["type"]),
            actors=tuple(seen.values()),
            text=str(r["exact"]),
            article=local(r["article"], "article"),
            start=_int(r["start"]),
            end=_int(r["end"]),
        )
        out.append(EventFact(row, tuple(seen), str(r["event"])))
    return out


def stance(
    r: Row, name: Names, claims: Mapping[str, str], basis_text: Mapping[str, str]
) -> StanceFact:
    """A stance on an actor or a claim, with the words of what it rests on."""
    source_id = local(r["source"], "actor")
    if str(r["target"]).startswith(f"{SGD}claim/"):
        kind, target_id = "claim", local(r["target"], "claim")
        target_name = claims.get(target_id, target_id)
    else:
        kind, target_id = "actor", local(r["target"], "actor")
        target_name = name(target_id)
    polarity = str(r["polarity"])
    basis = str(r["basis"]) if r["basis"] is not None else None
    row = StanceRow(
        source=name(source_id),
        source_id=source_id,
        target=target_name,
        target_id=target_id,
        target_kind=kind,
        polarity=polarity,
        sign=1 if polarity == "support" else -1,
        date=_day(r["date"]),
        date_certainty=_certainty(r["certainty"]),
        evidence=str(r["exact"]),
        basis_text=basis_text.get(basis) if basis else None,
        article=local(r["article"], "article"),
        start=_int(r["start"]),
        end=_int(r["end"]),
        confidence=_float(r["confidence"]),
    )
    return StanceFact(row, basis, _str(r["utterance"]))


def basis_words(rows: Iterable[Row]) -> dict[str, str]:
    """Basis IRI -> its words (a statement's content before any span text)."""
    found: dict[str, str] = {}
    for r in rows:
        words = r["content"] if r["content"] is not None else r["exact"]
        if words is not None and (r["content"] is not None or str(r["basis"]) not in found):
            found[str(r["basis"])] = str(words)
    return found


def local(node: Node | None, kind: str) -> str:
    """The id in a data IRI: ``sgd:actor/nicolas-maduro`` -> ``nicolas-maduro``."""
    return unquote(str(node).removeprefix(f"{SGD}{kind}/"))


def _fragment(node: Node | None) -> str:
    return re.split(r"[#/]", str(node))[-1]


def _str(node: Node | None) -> str | None:
    return None if node is None else str(node)


def _int(node: Node | None) -> int:
    return int(str(node))


def _float(node: Node | None) -> float:
    return 1.0 if node is None else float(str(node))


def _day(node: Node | None) -> date | None:
    return None if node is None else parse_iso_date(str(node)[:10], "a stored date")


def _certainty(node: Node | None) -> str:
    return "unknown" if node is None else _fragment(node).lower()
