"""Who is mentioned where: registry aliases and named entities, clustered into actors.

The registry gives canonical names; the statistical model finds people, organisations and
countries the registry lacks. Every mention keeps its exact character span.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from graph.extract.acronym_names import BRACKETED_ACRONYM, body_not_person, title_case_acronym
from graph.extract.agents import capital_name, country_named, is_generic
from graph.extract.body_countries import clear_for_body
from graph.extract.business_names import business_label
from graph.extract.comma_names import name_after_comma
from graph.extract.datelines import dateline_end
from graph.extract.lexicon import (
    GOVERNMENT_WORDS,
    GROUP_NOUNS,
    PEOPLE_NOUNS,
    PRESS_NOUNS,
    ROLE_NOUNS,
)
from graph.extract.non_names import names_no_actor
from graph.extract.party_names import party_stem
from graph.extract.person_titles import title_in_name, titled_label
from graph.extract.registry_home import another_country
from graph.extract.registry_names import (
    near_person,
    part_of_body,
    registry_actor,
    registry_hits,
    registry_index,
)
from graph.extract.short_forms import short_form, shorter_body, shorter_person
from graph.extract.surfaces import (
    after_titles,
    char_fold,
    clean_name,
    country_alone,
    demonym,
    employee_at,
    longer_name_before,
    organisation_span,
    saint_start,
    trim_span,
)
from graph.extract.surnames import surname_of
from graph.model import BODY_TYPES, Actor, ActorType, Span
from graph.names import is_pronoun
from graph.text import fold, slugify

__all__ = ["ActorTable", "Draft", "char_fold", "clean_name"]

# A month name written as a month: after a preposition (or before a day or year, below).
_NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Country"}
# Head nouns of descriptions of actors besides the lexicon's role, group, government, people and
# press nouns.
_AGENT_HEADS = ROLE_NOUNS | GROUP_NOUNS | GOVERNMENT_WORDS | PEOPLE_NOUNS | PRESS_NOUNS | {
    "captain", "team", "camp", "side", "delegation", "delegate",
}  # fmt: skip


# A story about the European Union: its name, its acronym, its Commission or "the bloc".
_EU_STORY = re.compile(r"\bEuropean (?:Union|Commission)\b|\bEU\b|\bthe bloc\b")


@dataclass
class Draft:
    """An actor being assembled from the mentions of one article."""

    key: str
    name: str
    type: ActorType
    registry: Actor | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    variants: set[str] = field(default_factory=set)  # near-duplicate spellings merged in

    def to_actor(self) -> Actor:
        spans = tuple(sorted(set(self.mentions), key=lambda s: (s.start, s.end)))
        if self.registry is not None:
            return Actor(
                id=self.registry.id,
                name=self.registry.name,
                type=self.registry.type,
                aliases=(*self.registry.aliases, *sorted(self.variants - set(self.registry.names))),
                speaks_for=self.registry.speaks_for,
                wikidata=self.registry.wikidata,
                description=self.registry.description,
                mentions=spans,
            )
        aliases = tuple(sorted(a for a in self.aliases if a != self.name))
        return Actor(id=self.key, name=self.name, type=self.type, aliases=aliases, mentions=spans)


class ActorTable:
    """The actors of one article and the spans that mention them."""

    def __init__(self, text: str, registry: Sequence[Actor] = ()) -> None:
        self.text = text
        self.folded = char_fold.__wrapped__(text)  # uncached: no article text kept alive
        self.registry = tuple(registry)
        self.drafts: dict[str, Draft] = {}
        self._spans: list[tuple[int, int, str]] = []  # (start, end, key), kept sorted
        self._widest = 0  # the longest mention: key_at looks back no further than this
        self.named: set[str] = set()  # keys of actors found as named entities
        # Keys of bare collectives ("officials", "the regime") kept as speakers only: nobody in
        # particular, so never a stance's source or target (no such node in the network).
        self.generic: set[str] = set()
        self._index = registry_index(self.registry)  # once: hashing a registry costs its size
        self._near: dict[str, Actor | None] = {}  # _registry_near's answer per name
        self._named_ids: set[str] = set()  # registry actors named in full in this article

    def add_registry_mentions(self, bodies: Sequence[tuple[int, int]] = ()) -> None:
        """Mark every occurrence of a registry name or alias (whole words, accent-blind), but
        one that only begins a longer name of a body the model tagged (``bodies``).

        Descriptive aliases ("the government") and bare surnames count only when the same
        actor is also named in full somewhere in the article, so a registry built for one story
        does not capture the "government" of another.
        """
        found = registry_hits(self.registry, self.text, self.folded)
        named = {a.id for _, _, a, strong in found if strong}
        self._named_ids = named
        found = [f for f in found if f[3] or f[2].id in named]
        # Longest match first; an alias shared by two actors goes to neither.
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        # Characters taken, as a mask: a check costs the match's length (no quadratic scan).
        taken = bytearray(len(self.text) + 1)
        owners: dict[tuple[int, int], set[str]] = {}
        for start, end, actor, _ in found:
            owners.setdefault((start, end), set()).add(actor.id)
        for start, end, actor, _ in found:
            if len(owners[(start, end)]) > 1 or 1 in taken[start:end]:
                continue
            if actor.type not in ("Person", "Country") and part_of_body(
                self.text, start, end, bodies
            ):
                continue  # "United Nations" in "the United Nations Development Programme"
            taken[start:end] = b"\x01" * (end - start)
            self._attach(self._registry_draft(actor), start, end)

    def add_entity(self, start: int, end: int, label: str) -> str | None:
        """Add a named entity found by the model; returns its actor key, or None if dropped."""
        if (label := business_label(self.text[start:end], label)) not in _NER_TYPES:
            return None
        label = "ORG" if label == "PERSON" and body_not_person(self.text, start, end) else label
        saint = saint_start(self.text, start) if label == "PERSON" else None
        if saint is not None:  # "St. Michael": a hospital, church or school, not a person
            start, label = saint, "ORG"
        label = title_in_name(self.text[start:end], label)  # "Deputy Spokesperson Marie Harf"
        start, end = self._trim(start, end, label)
        if end - start < 2 or not clear_for_body(self, start, end, label):
            return None
        label = titled_label(self.text, start, label)  # "the opposition leader Ana Ruiz"
        employee = employee_at(self.text, start, end) if label == "ORG" else None
        if employee is not None:  # "... at the TPS Marcus Lindqvist": the employer, the person
            self.add_entity(start, employee - 1, "ORG")
            start, label = employee, "PERSON"
        start, surface, label = name_after_comma(start, self.text[start:end], label)
        if _unnamed(self.text, start, surface):
            return None  # "the Government": a generic agent, anchored to its country or none
        if names_no_actor(self.text, start, end, label):
            return None  # a title, a measure, a law, "D-Calif." (``non_names``)
        # A registry alias hit inside the entity wins ("President Nicolás Maduro"), not over a
        # surname of the article's own person ("Gonzalez" after "Luisa Gonzalez").
        registry_actor = self._registry_lookup(surface)
        registry_actor = None if registry_actor and self._own_surname(surface) else registry_actor
        if registry_actor is not None and (
            other := another_country(registry_actor, self.text, start, end)
        ):
            # Another country's body named like the registry's: the article's own actor of that
            # name ("CNE" after "National Electoral Council (CNE)"), else named with its country
            # where its name is the registry actor's, so the two stay two in a graph of stories.
            own = self.resolve_name(surface)
            if own is not None and self.drafts[own].registry is None:
                self._attach(self.drafts[own], start, end)
                return own
            if slugify(clean_name(surface)) == registry_actor.id:
                surface = f"{clean_name(surface)} ({other.name})"
            registry_actor = None
        near = None if registry_actor else self._registry_near(surface, label)
        if near is not None:
            registry_actor = near
            self._registry_draft(near).variants.add(clean_name(surface))
        if fold(clean_name(surface)) == "brussels" and self._eu_story:
            surface, label = "European Union", "ORG"  # "Brussels fined X": the EU, its seat
        # The gazetteer types a country before the model does, and names it one way ("U.S.").
        country = country_named(surface) if label in ("GPE", "ORG") else None
        if label == "PERSON" and (country_alone(self.text, surface) or demonym(surface)):
            # "Togo said", "the Bahraini monarchy": a country the model took for a person
            country = country_named(surface)
        if country is not None:
            surface, label = country.name, "GPE"
            registry_actor = registry_actor or self._registry_lookup(surface)
        if registry_actor is not None:
            draft = self._registry_draft(registry_actor)
        else:
            draft = self._entity_draft(surface, label)
            self.named.add(draft.key)
        self._attach(draft, start, end)
        return draft.key

    @cached_property
    def _eu_story(self) -> bool:  # an article about the EU: its "Brussels" is the Union
        return _EU_STORY.search(self.text) is not None

    @cached_property
    def _dateline(self) -> int:  # where the dateline ends: "Vienna, Austria (CNN)" is a credit
        return dateline_end(self.text)

    def _own_surname(self, surface: str) -> bool:
        """Whether a one-word name is the surname of a person this article names in full and
        no registry actor: "Gonzalez" after "Luisa Gonzalez" is her, not the registry's
        Edmundo Gonzalez."""
        word = fold(clean_name(surface))
        people = (d for d in self.drafts.values() if d.type == "Person" and d.registry is None)
        return " " not in word and any(
            fold(surname_of(n) or "") == word for d in people for n in (d.name, *d.aliases)
        )

    def add_group(
        self, start: int, end: int, name: str, type_: ActorType, own: bool = False
    ) -> str | None:
        """A collective named by a noun phrase ("Latin American countries"); weaker than an entity.

        Common nouns alone ("leaders", "the regime") name nobody and make no actor: a generic agent
        is an actor only once anchored to a country (graph.extract.agents); ``own``: a phrase that
        names whose it is ("Republican lawmakers") is no bare collective.
        """
        if self.key_at(start, end) or (not own and is_generic(name)):
            return None
        key = self.resolve_name(name) or slugify(name)
        draft = self.drafts.get(key) or self._new(key, name, type_)
        self._attach(draft, start, end)
        return key

    def add_agent(self, start: int, end: int, name: str, type_: ActorType) -> str:
        """A generic agent anchored to a country ("the government" -> "Government of Chile")."""
        registry_actor = self._registry_lookup(name)
        if registry_actor is None and " " in name:
            # The registry may name it the other way: "Government of Chile" for "Chilean government".
            adjective, _, noun = name.partition(" ")
            country = country_named(adjective)
            if country is not None:
                registry_actor = self._registry_lookup(
                    f"{noun.title()} of {country.name}"
                ) or self._registry_lookup(f"{country.name}'s {noun}")
        if registry_actor is not None:
            draft = self._registry_draft(registry_actor)
        else:
            key = self.resolve_name(name)
            draft = self.drafts[key] if key else self._new(slugify(name), name, type_)
            draft.aliases.add(name)
            self.named.add(draft.key)
        self._attach(draft, start, end)
        return draft.key

    def add_adjective(self, start: int, end: int, name: str, type_: ActorType) -> str:
        """A country, people or party written as its adjective ("Indian" for India): a mention
        of the actor ``name`` (registry, table, or new); an adjective is no alias of it."""
        registry_actor = self._registry_lookup(name)
        if registry_actor is not None:
            draft = self._registry_draft(registry_actor)
        else:
            key = self.resolve_name(name)
            draft = self.drafts[key] if key else self._new(slugify(name), name, type_)
        self._attach(draft, start, end, alias=False)
        return draft.key

    def registry_actor(self, actor_id: str) -> str | None:
        """The key of the registry actor ``actor_id`` (added to the table if not yet mentioned)."""
        actor = next((a for a in self.registry if a.id == actor_id), None)
        return self._registry_draft(actor).key if actor is not None else None

    def add_description(self, start: int, end: int, name: str, type_: ActorType) -> str | None:
        """A speaker known only by a description ("a Gonzalez spokesperson").

        Only a description of someone: its head is a role or collective noun ("spokesperson",
        "officials") or it names an organisation ("a senior Hamas leader"). "Venezuela's
        elections" describes no actor and makes none.
        """
        written = re.sub(r"^(?:the|a|an)\s+", "", self.text[start:end], flags=re.I)
        if type_ == "Person" and written[:1].isupper() and after_titles(written):
            # "Deputy Chief of Operations at the RPS Lorilee" Davies: a title written before a
            # name describes a named person ("spokeswoman for Mayor X" is someone else).
            return self.add_entity(start, end, "PERSON")
        words = name.split()
        head = words[-1].lower() if words else ""
        singular = head[:-3] + "y" if head.endswith("ies") else head  # "parties"
        agent = {head, head.removesuffix("s"), head.removesuffix("es"), singular} & _AGENT_HEADS
        if not agent and not any(w[:1].isupper() for w in words[1:]):
            return None
        key = slugify(name)
        draft = self.drafts.get(key) or self._new(key, name, type_)
        self._attach(draft, start, end)
        return key

    def attach(self, key: str, start: int, end: int, alias: bool = True) -> None:
        """Record that ``[start, end)`` (a pronoun, a description) refers to actor ``key``."""
        self._attach(self.drafts[key], start, end, alias)

    def key_at(self, start: int, end: int, *, exact: bool = False) -> str | None:
        """The actor mentioned at ``[start, end)`` (exactly, or by any overlapping mention)."""
        best: tuple[int, str] | None = None
        # Only mentions starting within the widest mention's reach overlap: bisect, no scan.
        first = bisect.bisect_left(self._spans, (start - self._widest,))
        for i in range(first, len(self._spans)):
            s, e, key = self._spans[i]
            if s >= end:
                break
            if exact and (s, e) == (start, end):
                return key
            if not exact and s < end and start < e:
                width = e - s
                if best is None or width > best[0]:
                    best = (width, key)
        return best[1] if best else None

    def keys_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Every mention lying inside ``[start, end)``, in text order."""
        first = bisect.bisect_left(self._spans, (start,))  # bisections: no scan of the article
        last = bisect.bisect_left(self._spans, (end,), lo=first)
        return [(s, e, k) for s, e, k in self._spans[first:last] if e <= end]

    def mentions_before(self, offset: int) -> list[tuple[int, int, str]]:
        last = bisect.bisect_left(self._spans, (offset,))
        return [(s, e, k) for s, e, k in self._spans[:last] if e <= offset]

    def mention_starts_at(self, offset: int) -> bool:
        """Whether a mention starts at ``offset``."""
        i = bisect.bisect_left(self._spans, (offset,))
        return i < len(self._spans) and self._spans[i][0] == offset

    def resolve_name(self, name: str) -> str | None:
        """The key of an actor whose name or alias is ``name`` (a body's: ``party_stem``)."""
        stem = party_stem(wanted := fold(clean_name(name)))
        for key, draft in self.drafts.items():
            names = {draft.name, *draft.aliases}
            if draft.registry is not None:
                names |= set(draft.registry.names)
            folded, body = {fold(clean_name(n)) for n in names}, draft.type in BODY_TYPES
            if wanted in folded or (body and stem in {party_stem(n) for n in folded}):
                return key
        return None

    def is_named(self, key: str) -> bool:
        """Whether the actor has a name of its own (registry or entity), not only a description."""
        draft = self.drafts[key]
        return draft.registry is not None or key in self.named

    def draft(self, key: str) -> Draft:
        return self.drafts[key]

    def actors(self, keys: Iterable[str] | None = None) -> tuple[Actor, ...]:
        chosen = self.drafts.values() if keys is None else [self.drafts[k] for k in keys]
        return tuple(sorted((d.to_actor() for d in chosen), key=lambda a: a.id))

    def id_of(self, key: str) -> str:
        draft = self.drafts[key]
        return draft.registry.id if draft.registry else draft.key

    def named_at(self, start: int, end: int) -> str | None:
        """The key of the named actor (no description) mentioned at ``[start, end)``, else None."""
        key = self.key_at(start, end)
        return key if key is not None and self.is_named(key) else None

    def key_of(self, actor_id: str) -> str | None:
        """The first key of the actor ``actor_id`` (a registry actor may hold several)."""
        return next((k for k in self.drafts if self.id_of(k) == actor_id), None)

    def _trim(self, start: int, end: int, label: str) -> tuple[int, int]:
        """The name in a marked span, to its acronym's end ("United Party for National Progress
        (UPNP)"); a registry name keeps its title ("King Charles III")."""
        start, end = organisation_span(self.text, start, end) if label == "ORG" else (start, end)
        cut = trim_span(self.text, start, end, label)
        plain = trim_span(self.text, start, end)
        if cut != plain and self._registry_lookup(self.text[plain[0] : plain[1]]):
            return plain
        return cut

    def detach(self, key: str, start: int, end: int) -> None:
        """Let the mention ``[start, end)`` of actor ``key`` go; the actor too when it had no
        other."""
        draft = self.drafts[key]
        draft.mentions = [m for m in draft.mentions if (m.start, m.end) != (start, end)]
        self._spans.remove((start, end, key))
        if not draft.mentions:
            del self.drafts[key]
            self.named.discard(key)

    def _registry_lookup(self, surface: str) -> Actor | None:
        return registry_actor(self._index, fold(clean_name(surface)), self._named_ids)

    def _registry_near(self, surface: str, label: str) -> Actor | None:
        """A registry person spelt a little differently ("Marina Corina Machado")."""
        if label not in ("PERSON", "ORG") or " " not in surface.strip():
            return None
        name = clean_name(surface)
        if name not in self._near:  # the same name comes back in an article
            self._near[name] = near_person(self.registry, name)
        return self._near[name]

    def _registry_draft(self, actor: Actor) -> Draft:
        draft = self.drafts.get(actor.id)
        if draft is None:
            draft = self._new(actor.id, actor.name, actor.type)
            draft.registry = actor
        return draft

    def _entity_draft(self, surface: str, label: str) -> Draft:
        name = clean_name(surface)
        if label == "PERSON" and " " in name and name.isupper():
            name = name.title()  # "BENJAMIN NETANYAHU" under a quotation: a name, not capitals
        folded = fold(name)
        type_: ActorType = _NER_TYPES[label]  # type: ignore[assignment]
        if type_ == "Country" and country_named(name) is None:
            # "Ohio", "Toronto", "Massachusetts": a place the gazetteer knows as no country; a
            # state or city that acts ("Texas sued") acts as its government.
            type_ = "GovernmentBody"
        if type_ == "Organization" and set(folded.split()) & GOVERNMENT_WORDS:
            type_ = "GovernmentBody"
        # Same name, or (people) a surname or first name of a fuller name already seen.
        for draft in self.drafts.values():
            names = {fold(n) for n in (draft.name, *draft.aliases)}
            if draft.registry is not None:
                names |= {fold(n) for n in draft.registry.names}
            if folded in names:
                draft.aliases.add(name)
                return draft
        short = short_form(list(self.drafts.values()), name, type_)
        if short is not None:
            return short
        if type_ == "Person":
            person = shorter_person(list(self.drafts.values()), name)
            if person is not None:
                return person
        elif (body := shorter_body(list(self.drafts.values()), name, type_)) is not None:
            # "EU", "Commission" before "European Union", "European Commission".
            body.aliases.add(body.name)
            body.name, body.type = name, type_
            return body
        draft = self._new(slugify(name), name, type_)
        draft.aliases.add(name)
        return draft

    def _new(self, key: str, name: str, type_: ActorType) -> Draft:
        while key in self.drafts:
            key += "-2"
        draft = Draft(key=key, name=name, type=type_)
        self.drafts[key] = draft
        return draft

    def _attach(self, draft: Draft, start: int, end: int, alias: bool = True) -> None:
        span = Span.of(self.text, start, end)
        draft.mentions.append(span)
        # A capitalised mention is a name for it; a sentence's first "He" or "They" is not.
        if (
            alias
            and draft.registry is None
            and span.text[:1].isupper()
            and not is_pronoun(span.text)
        ):
            draft.aliases.add(clean_name(span.text))
        bisect.insort(self._spans, (start, end, draft.key))
        self._widest = max(self._widest, end - start)
        # An acronym in brackets right after a name is an alias and a mention of it there:
        # "National Electoral Council (CNE)".
        after = BRACKETED_ACRONYM.match(self.text, end)
        few = after is not None and sum(ch.isupper() for ch in after.group(1)) < 2
        few = few and not title_case_acronym(self.text, *after.span(1))  # "(Gsoc)"
        few = few or (after is not None and after.end() <= self._dateline)
        if after and (few or longer_name_before(self.text, start)):
            after = None  # "the EU (Withdrawal) Bill"; "the World Anti-Doping Agency (WADA)" is not
            # the "Anti-Doping Agency" named before: the acronym is the longer name's
        if after and draft.registry is None:
            draft.aliases.add(after.group(1))
        if after and not self.key_at(*after.span(1)):
            draft.mentions.append(Span.of(self.text, *after.span(1)))
            bisect.insort(self._spans, (*after.span(1), draft.key))


def _unnamed(text: str, start: int, surface: str) -> bool:
    """An entity that names no one: no capital, or only generic words ("the Government"),
    unless a capital mid-sentence makes it a name ("the Umma party")."""
    if not any(ch.isupper() for ch in surface):
        return True
    return is_generic(clean_name(surface)) and not capital_name(text, start, surface)
