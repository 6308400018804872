"""A bare role reporting a country's act is that country's office holder.

"Germany has summoned the ambassador, the foreign minister said", "Portugal will review its
ties, the prime minister told parliament": a report that tells what a country did or will do,
put before its cue, is given by that country's minister, not by whoever was quoted last. The
role is the person the article writes next to that role and country, else a description of
its own ("German foreign minister").
"""

from __future__ import annotations

from typing import Any, Protocol

from graph.extract.actors import ActorTable, clean_name
from graph.extract.coref import SEATS
from graph.extract.gazetteer import country_named
from graph.extract.noun_speakers import country_qualifier

__all__ = ["country_role"]

Token = Any  # spaCy Token; typed loosely so this layer imports no spaCy


class _Resolver(Protocol):
    table: ActorTable

    def role(
        self, low: str, lemma: str, offset: int, *, guess: bool = True, owner: str = ""
    ) -> str | None: ...


def country_role(cue: Token, subject: Token, resolver: _Resolver) -> str | None:
    """The office holder of the country whose act the report before ``cue`` tells, when the
    cue's ``subject`` is a bare definite role ("the foreign minister"), else None."""
    table = resolver.table
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.i < cue.i - 6:
        return None
    if not {subject.lower_, subject.lemma_.lower()} & SEATS:
        return None
    dets = [c.lower_ for c in subject.children if c.dep_ == "det"]
    if dets != ["the"] or any(c.dep_ in ("poss", "prep") for c in subject.children):
        return None
    if country_qualifier(subject) or any(c.pos_ == "PROPN" for c in subject.children):
        return None
    country = _country_reported(cue, table)
    if country is None:
        return None
    found = resolver.role(
        subject.lower_, subject.lemma_.lower(), subject.idx, guess=False, owner=country.name
    )
    if found is not None and table.draft(found).type == "Person":
        return found
    start = subject.left_edge.idx
    end = subject.idx + len(subject.text)
    words = clean_name(table.text[subject.left_edge.idx : end])
    words = words[4:] if words.lower().startswith("the ") else words
    if not country.adjective:
        return None
    return table.add_description(start, end, f"{country.adjective} {words}", "Person")


def _country_reported(cue: Token, table: ActorTable) -> Any | None:
    """The country that is the subject of the report written before the cue, if any."""
    report = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
    if report is None:
        return None
    subject = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    if key is None:  # a country the table keeps no actor for
        return country_named(subject.text)
    return country_named(table.draft(key).name) if table.draft(key).type == "Country" else None
