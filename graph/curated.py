"""Curated annotations: ``data/annotations/*.yaml`` -> an ``Extraction`` with method "curated".

An annotation names its facts by their exact text in the article; this module finds each span,
resolves every actor name through the registry (``graph.names.resolve``) and builds the model
records. The format is documented in ``data/annotations/README.md``. Any problem is one
``AnnotationError`` line naming the file, the item and what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from graph.dates import parse_iso_date, parse_iso_datetime
from graph.errors import AnnotationError, GraphError, InputError
from graph.extract.claims import rekey
from graph.model import (
    ACTOR_TYPES,
    DATE_CERTAINTIES,
    POLARITIES,
    QUOTE_KINDS,
    UNKNOWN_DATE,
    Actor,
    Article,
    Claim,
    DateValue,
    Event,
    Extraction,
    Quote,
    Span,
    Stance,
)
from graph.names import find_mentions, is_pronoun, resolve
from graph.text import slugify
from graph.vocab import SGT

__all__ = ["EVENT_TYPES", "load_annotation", "parse_annotation"]

EVENT_TYPES: tuple[str, ...] = tuple(n for n in SGT.__annotations__ if n != "scheme")
"""The notations of the event-type scheme, in the order of ontology/event-types.ttl."""

_TOP = {
    "article", "curator", "curated_on", "notes", "actors",
    "claims", "statements", "events", "stances", "mentions",
}  # fmt: skip
_PLACE = {"text", "after", "occurrence"}
_KEYS = {
    "actors": {"name", "type", "aliases", "speaks_for", "wikidata", "description"},
    "claims": {"id", "text"},
    "statements": {"id", "speaker", "kind", "cue", "audience", "said_on"} | _PLACE,
    "events": {"id", "type", "actors", "targets", "place", "date"} | _PLACE,
    "stances": {"source", "target", "polarity", "basis", "date"} | _PLACE,
    "mentions": {"actor"} | _PLACE,
}
_REQUIRED = {
    "actors": ("name", "type"),
    "claims": ("id", "text"),
    "statements": ("speaker", "kind", "text"),
    "events": ("type", "text"),
    "stances": ("source", "target", "polarity", "text"),
    "mentions": ("actor", "text"),
}
_DATE_KEYS = {"date", "certainty", "note", "earliest", "latest"}


class _Loader(yaml.SafeLoader):
    """Safe YAML that keeps dates as text, so a bad date is reported with its item."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_annotation(
    path: str | Path, article: Article, actors: Sequence[Actor]
) -> tuple[Extraction, datetime]:
    """The curated ``Extraction`` of ``article`` in the YAML file ``path``, and its ``curated_on``.

    ``actors`` is the registry; the annotation's own ``actors:`` section adds to it.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnnotationError(f"{path}: no such annotation file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AnnotationError(f"{path}: cannot read the annotation ({exc})") from None
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise AnnotationError(f"{path}: not valid YAML{line}: {problem}") from None
    except RecursionError:
        raise AnnotationError(f"{path}: nested too deeply to read as YAML") from None
    return parse_annotation(data, article, actors, where=str(path))


def parse_annotation(
    data: Any, article: Article, actors: Sequence[Actor], *, where: str = "annotation"
) -> tuple[Extraction, datetime]:
    """``load_annotation`` on an already parsed YAML document (dates as ISO strings)."""
    return _Builder(data, article, tuple(actors), where).build()


class _Values:
    """Reads typed values out of one annotation's items: spans found in the article's text,
    dates, timestamps and lists of texts; ``fail`` makes the one-line error."""

    def __init__(self, article: Article, where: str):
        self.article = article
        self.where = where

    def fail(self, item: str, problem: str) -> AnnotationError:
        return AnnotationError(
            f"{self.where}: {item}: {problem}" if item else f"{self.where}: {problem}"
        )

    def strings(self, value: Any, label: str, key: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(label, f"{key} must be a list of texts")
        return tuple(value)

    def span(self, item: dict[str, Any], label: str) -> Span:
        exact = item["text"]
        if not isinstance(exact, str):
            raise self.fail(label, f"text {exact!r} must be text, as it occurs in the article")
        text = self.article.text
        start_at = 0
        after = item.get("after")
        if after is not None:
            found = text.find(str(after))
            if not after or found < 0:
                raise self.fail(
                    label, f"after {_short(after)} does not occur in article {self.article.id!r}"
                )
            start_at = found + len(str(after))
        starts = [m.start() for m in re.finditer(re.escape(exact), text[start_at:])]
        if not starts:
            where = f" after {_short(after)}" if after is not None else ""
            raise self.fail(
                label,
                f"text {_short(exact)} does not occur{where} in article {self.article.id!r}; "
                "copy it exactly from the article",
            )
        occurrence = item.get("occurrence")
        if occurrence is not None:
            if not isinstance(occurrence, int) or not 1 <= occurrence <= len(starts):
                raise self.fail(
                    label,
                    f"occurrence {occurrence!r} should be 1 to {len(starts)} for {_short(exact)}",
                )
            start = starts[occurrence - 1]
        elif len(starts) > 1 and after is None:
            raise self.fail(
                label,
                f"text {_short(exact)} occurs {len(starts)} times; add after: or occurrence:",
            )
        else:
            start = starts[0]
        return Span.of(text, start_at + start, start_at + start + len(exact))

    def date(self, value: Any, item: str) -> DateValue:
        if value is None:
            return UNKNOWN_DATE
        fields: dict[str, Any] = value if isinstance(value, dict) else {"date": value}
        unknown = sorted(set(map(str, fields)) - _DATE_KEYS)
        if unknown:
            raise self.fail(
                item, f"unknown key {unknown[0]!r}; use {', '.join(sorted(_DATE_KEYS))}"
            )
        day = self.day(fields.get("date"), item)
        certainty = str(fields.get("certainty") or ("stated" if day else "unknown"))
        if certainty not in DATE_CERTAINTIES:
            raise self.fail(
                item, f"certainty {certainty!r} is not one of {', '.join(DATE_CERTAINTIES)}"
            )
        try:
            return DateValue(
                day,
                certainty,  # type: ignore[arg-type]
                earliest=self.day(fields.get("earliest"), f"{item} earliest"),
                latest=self.day(fields.get("latest"), f"{item} latest"),
                note=_optional(fields.get("note")),
            )
        except ValueError as exc:
            raise self.fail(item, str(exc)) from None

    def day(self, value: Any, item: str) -> date | None:
        if value is None:
            return None
        if isinstance(value, date):
            return value if not isinstance(value, datetime) else value.date()
        try:
            return parse_iso_date(str(value), item)
        except InputError:
            raise self.fail(item, f"{value!r} is not a date; write YYYY-MM-DD") from None

    def timestamp(self, value: Any) -> datetime:
        if value is None:
            raise self.fail(
                "curated_on", "missing; add an ISO timestamp such as 2024-08-08T12:00:00Z"
            )
        try:
            stamp = value if isinstance(value, datetime) else parse_iso_datetime(str(value), "")
        except InputError:
            raise self.fail("curated_on", f"{value!r} is not an ISO timestamp") from None
        if stamp.tzinfo is None:
            raise self.fail("curated_on", f"{value!r} has no time zone; end it with Z or +00:00")
        return stamp


class _Builder:
    """Turns one annotation document into records: checks its sections, resolves actor names
    and assembles the ``Extraction`` (the values inside items are read by ``_Values``)."""

    def __init__(self, data: Any, article: Article, registry: tuple[Actor, ...], where: str):
        self.data = data
        self.article = article
        self.registry = registry
        self.values = _Values(article, where)
        self.fail = self.values.fail
        self.actors: tuple[Actor, ...] = registry
        self.basis: dict[str, tuple[str, DateValue]] = {}
        self.claim_ids: set[str] = set()

    def build(self) -> tuple[Extraction, datetime]:
        data = self.data
        if not isinstance(data, dict):
            raise self.fail("", "the annotation must be a mapping with statements:, events:, ...")
        unknown = sorted(set(map(str, data)) - _TOP)
        if unknown:
            raise self.fail("", f"unknown section {unknown[0]!r}; use {', '.join(sorted(_TOP))}")
        named = data.get("article")
        if named is not None and str(named) != self.article.id:
            raise self.fail(
                "article", f"names {named!r}, but the article read has id {self.article.id!r}"
            )
        curator = data.get("curator")
        if not isinstance(curator, str) or not curator.strip():
            raise self.fail("curator", "missing; say who curated this annotation")
        curated_on = self.values.timestamp(data.get("curated_on"))
        notes = data.get("notes") or ()
        if isinstance(notes, str):
            notes = (notes,)
        if not isinstance(notes, list | tuple) or not all(isinstance(n, str) for n in notes):
            raise self.fail("notes", "must be a text or a list of texts")

        local = self._items("actors", self._local_actor)
        self.actors = (*self.registry, *local)
        local = tuple(self._speaks_for(a, i) for i, a in enumerate(local))
        self.actors = (*self.registry, *local)
        claims = self._items("claims", self._claim)
        self.claim_ids = {c.id for c in claims}
        if len(self.claim_ids) != len(claims):
            raise self.fail("claims", "two claims share an id; give each its own")
        quotes = self._items("statements", self._quote)
        events = self._items("events", self._event)
        stances = self._items("stances", self._stance)
        mentions = self._items("mentions", self._mention)
        involved = self._involved(quotes, events, stances, mentions)
        # Claims the vocabulary knows take its key, so they join the extracted ones.
        claims, stances = rekey(claims, stances, self.actors, self.article.text)
        try:
            extraction = Extraction(
                article=self.article,
                actors=self._with_mentions(involved, mentions),
                quotes=quotes,
                events=events,
                claims=claims,
                stances=stances,
                method="curated",
                notes=tuple(" ".join(n.split()) for n in notes),
            )
        except ValueError as exc:
            raise self.fail("", str(exc)) from None
        return extraction, curated_on

    # -- sections ---------------------------------------------------------------------------

    def _items(self, section: str, make: Callable[[dict[str, Any], str], Any]) -> tuple[Any, ...]:
        items = self.data.get(section) or []
        if not isinstance(items, list):
            raise self.fail(section, "must be a list of items")
        made = []
        for i, item in enumerate(items):
            label = f"{section}[{i}]"
            if not isinstance(item, dict):
                raise self.fail(label, "must be a mapping of keys to values")
            if isinstance(item.get("id"), str):
                label += f" ({item['id']})"
            unknown = sorted(set(map(str, item)) - _KEYS[section])
            if unknown:
                allowed = ", ".join(sorted(_KEYS[section]))
                raise self.fail(label, f"unknown key {unknown[0]!r}; use {allowed}")
            for key in _REQUIRED[section]:
                if item.get(key) in (None, "", []):
                    raise self.fail(label, f"needs {key}:")
            made.append(make(item, label))
        return tuple(made)

    def _local_actor(self, item: dict[str, Any], label: str) -> Actor:
        name = str(item["name"])
        actor_type = str(item["type"])
        if actor_type not in ACTOR_TYPES:
            raise self.fail(label, f"type {actor_type!r} is not one of {', '.join(ACTOR_TYPES)}")
        if slugify(name) in {a.id for a in self.registry}:
            raise self.fail(label, f"{name!r} is already in the actor registry; use it from there")
        aliases = self.values.strings(item.get("aliases"), label, "aliases")
        pronouns = [a for a in aliases if is_pronoun(a)]
        if pronouns:
            raise self.fail(label, f"alias {pronouns[0]!r} is a pronoun; use mentions: for it")
        try:
            return Actor(
                id=slugify(name),
                name=name,
                type=actor_type,  # type: ignore[arg-type]
                aliases=aliases,
                speaks_for=item.get("speaks_for"),
                wikidata=item.get("wikidata"),
                description=item.get("description"),
            )
        except ValueError as exc:
            raise self.fail(label, str(exc)) from None

    def _speaks_for(self, actor: Actor, i: int) -> Actor:
        if actor.speaks_for is None:
            return actor
        target = self._actor_id(str(actor.speaks_for), f"actors[{i}] speaks_for")
        return replace(actor, speaks_for=target)

    def _claim(self, item: dict[str, Any], label: str) -> Claim:
        claim_id = str(item["id"])
        if slugify(claim_id) != claim_id:
            raise self.fail(
                label, f"claim id {claim_id!r} should be a slug like {slugify(claim_id)!r}"
            )
        return Claim(claim_id, " ".join(str(item["text"]).split()))

    def _quote(self, item: dict[str, Any], label: str) -> Quote:
        kind = str(item["kind"])
        if kind not in QUOTE_KINDS:
            raise self.fail(label, f"kind {kind!r} is not one of {', '.join(QUOTE_KINDS)}")
        quote = Quote(
            speaker=self._actor_id(item["speaker"], f"{label} speaker"),
            span=self.values.span(item, label),
            kind=kind,  # type: ignore[arg-type]
            said_on=self.values.date(item.get("said_on"), f"{label} said_on"),
            cue=_optional(item.get("cue")),
            audience=_optional(item.get("audience")),
        )
        self._remember(item, label, quote.key, quote.said_on)
        return quote

    def _event(self, item: dict[str, Any], label: str) -> Event:
        event_type = str(item["type"])
        if event_type not in EVENT_TYPES:
            raise self.fail(
                label, f"event type {event_type!r} is not one of {', '.join(EVENT_TYPES)}"
            )
        event = Event(
            type=event_type,
            span=self.values.span(item, label),
            actors=self._actor_ids(item.get("actors"), f"{label} actors"),
            targets=self._actor_ids(item.get("targets"), f"{label} targets"),
            date=self.values.date(item.get("date"), f"{label} date"),
            place=_optional(item.get("place")),
        )
        self._remember(item, label, event.key, event.date)
        return event

    def _stance(self, item: dict[str, Any], label: str) -> Stance:
        polarity = str(item["polarity"])
        if polarity not in POLARITIES:
            raise self.fail(label, f"polarity {polarity!r} is not one of {', '.join(POLARITIES)}")
        target = str(item["target"])
        if target.startswith("claim:"):
            target_id, kind = target.removeprefix("claim:").strip(), "claim"
            if target_id not in self.claim_ids:
                known = ", ".join(sorted(self.claim_ids)) or "none"
                raise self.fail(label, f"target claim {target_id!r} is not in claims: ({known})")
        else:
            target_id, kind = self._actor_id(target, f"{label} target"), "actor"
        basis_key, basis_date = None, UNKNOWN_DATE
        if item.get("basis") is not None:
            basis = str(item["basis"])
            if basis not in self.basis:
                known = ", ".join(sorted(self.basis)) or "none"
                raise self.fail(label, f"basis {basis!r} is no statement or event id ({known})")
            basis_key, basis_date = self.basis[basis]
        date_value = (
            self.values.date(item["date"], f"{label} date")
            if item.get("date") is not None
            else basis_date
        )
        return Stance(
            source=self._actor_id(item["source"], f"{label} source"),
            target=target_id,
            target_kind=kind,  # type: ignore[arg-type]
            polarity=polarity,  # type: ignore[arg-type]
            span=self.values.span(item, label),
            date=date_value,
            basis=basis_key,
        )

    def _mention(self, item: dict[str, Any], label: str) -> tuple[str, Span]:
        return self._actor_id(item["actor"], f"{label} actor"), self.values.span(item, label)

    # -- pieces -----------------------------------------------------------------------------

    def _remember(self, item: dict[str, Any], label: str, key: str, when: DateValue) -> None:
        local_id = item.get("id")
        if local_id is None:
            return
        if str(local_id) in self.basis:
            raise self.fail(label, f"id {local_id!r} is used twice; ids must be unique")
        self.basis[str(local_id)] = (key, when)

    def _actor_id(self, name: Any, item: str) -> str:
        if not isinstance(name, str):
            raise self.fail(item, f"{name!r} is not an actor name")
        try:
            return resolve(name, self.actors).id
        except GraphError as exc:
            raise self.fail(item, str(exc)) from None

    def _actor_ids(self, names: Any, item: str) -> tuple[str, ...]:
        if names is None:
            return ()
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list):
            raise self.fail(item, "must be a list of actor names")
        ids = [self._actor_id(n, item) for n in names]
        return tuple(dict.fromkeys(ids))

    def _involved(
        self,
        quotes: Sequence[Quote],
        events: Sequence[Event],
        stances: Sequence[Stance],
        mentions: Sequence[tuple[str, Span]],
    ) -> tuple[Actor, ...]:
        ids = {q.speaker for q in quotes} | {m[0] for m in mentions}
        ids |= {a for e in events for a in e.participants}
        ids |= {s.source for s in stances} | {s.target for s in stances if s.target_kind == "actor"}
        by_id = {a.id: a for a in self.actors}
        todo = list(ids)
        while todo:  # a spokesperson brings in whom they speak for
            target = by_id[todo.pop()].speaks_for
            if target and target not in ids and target in by_id:
                ids.add(target)
                todo.append(target)
        return tuple(by_id[i] for i in sorted(ids))

    def _with_mentions(
        self, involved: tuple[Actor, ...], explicit: Sequence[tuple[str, Span]]
    ) -> tuple[Actor, ...]:
        found = find_mentions(self.article.text, involved)
        out = []
        for actor in involved:
            mine = [s for a, s in explicit if a == actor.id]
            others = [s for a, s in explicit if a != actor.id]
            auto = [s for s in found.get(actor.id, ()) if not any(s.overlap(o) for o in others)]
            spans = sorted({(s.start, s.end): s for s in (*auto, *mine)}.values(), key=_start)
            out.append(replace(actor, mentions=tuple(spans)))
        return tuple(out)


def _start(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _optional(value: Any) -> str | None:
    return None if value is None else " ".join(str(value).split())


def _short(text: Any) -> str:
    text = str(text)
    return repr(text if len(text) <= 60 else text[:57] + "...")
