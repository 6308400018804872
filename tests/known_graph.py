"""A small store with known stances, built the way every graph is: records -> RDF -> store.

Each stance becomes one sentence of one made-up article ("us on opp."), so its evidence is the
words ``"us on opp"``; the extraction is turned into its named graph by ``graph.rdf`` and served
by a memory store, so the query facade, the network and the CLI read it like any other graph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from rdflib import Dataset

from graph.dates import parse_iso_date
from graph.model import (
    Actor,
    Article,
    Claim,
    DateValue,
    Extraction,
    Span,
    Stance,
)
from graph.rdf import add_graph, extraction_to_graph, load_ontology, new_dataset
from graph.store.memory import MemoryStore

__all__ = ["Said", "dataset_of", "store_of"]


@dataclass(frozen=True)
class Said:
    """``source`` supports (sign +1) or opposes (-1) ``target`` on ``day`` (None: undated)."""

    source: str
    target: str
    sign: int
    day: str | None
    kind: str = "actor"


def store_of(
    stances: Sequence[Said], actors: Sequence[Actor], claims: Sequence[Claim] = ()
) -> MemoryStore:
    """A memory store holding one article whose stances are ``stances``."""
    return MemoryStore.from_dataset(dataset_of(stances, actors, claims))


def dataset_of(
    stances: Sequence[Said], actors: Sequence[Actor], claims: Sequence[Claim] = ()
) -> Dataset:
    """The ontology and the named graph of one article whose stances are ``stances``."""
    sentences = [f"{s.source} on {s.target}." for s in stances]
    text = " ".join(sentences)
    records = []
    start = 0
    for said, sentence in zip(stances, sentences, strict=True):
        span = Span.of(text, start, start + len(sentence) - 1)  # the words, not the full stop
        start += len(sentence) + 1
        when = DateValue(parse_iso_date(said.day, "day"), "stated") if said.day else DateValue()
        polarity = "support" if said.sign > 0 else "oppose"
        records.append(Stance(said.source, said.target, said.kind, polarity, span, when))  # type: ignore[arg-type]
    article = Article(
        "known-1", text, title="Known stances", published=DateValue(date(2024, 8, 2), "stated")
    )
    extraction = Extraction(
        article,
        actors=tuple(actors),
        claims=tuple(claims),
        stances=tuple(records),
        method="curated",
    )
    ds = new_dataset()
    load_ontology(ds)
    add_graph(ds, extraction_to_graph(extraction, generated_at=datetime(2024, 8, 2, tzinfo=UTC)))
    return ds
