"""Which two actors are one side, where a learned stance between them is only a guess.

The pair model reads any two actors named together; it has no notion that a ministry speaks for
its country, a spokesperson for their state, or a party leader for their party. ``own_side``
and ``speaks_for_side`` tell ``stance_pairs.believable`` which learned stances to drop.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.affiliations import affiliations
from graph.extract.agents import agent_role, country_named, story_country
from graph.extract.coref import SPOKESPEOPLE
from graph.extract.memberships import memberships
from graph.text import SENTENCE_END, fold

__all__ = ["home_side", "own_side", "speaks_for_side"]


def own_side(table: ActorTable) -> Any:
    """``(actor, actor) -> bool``: whether the two are one side, where a learned reading of a
    stance between them is only the pair reader's guess.

    One side: a spokesperson and the one they speak for (registry), a person and a body their
    title names ("Labor leader X", "Fox News host X": ``affiliations``), an actor and the country its
    name holds ("Venezuela's attorney general's office" and Venezuela, "Indian government" and
    India), and two bodies or agents of one state ("Venezuelan judiciary" and "Venezuela's
    attorney general's office", "Chilean police" and "Chilean government"). An opposition, a
    party or a person of a country is no body of its state: their pairs stay. Rule stances are
    not filtered: a rule reads the words ("the Chilean senate rejected the government's plan").
    """
    kinds: dict[str, str] = {}
    countries: dict[str, str | None] = {}
    speaks: dict[str, str | None] = {}
    titled: dict[str, str] = {}
    for key, draft in table.drafts.items():
        actor = table.id_of(key)
        kinds[actor] = "state" if _of_the_state(draft.type, draft.name) else draft.type
        countries[actor] = _country_of(draft)
        if countries[actor] is None and kinds[actor] == "state":
            # "Iran's Foreign Ministry": the country written just before a bare body's name.
            found = (_country_before(table.text, m.start) for m in draft.mentions)
            countries[actor] = next((c for c in found if c is not None), None)
        speaks[actor] = draft.registry.speaks_for if draft.registry is not None else None
        country = _person_country(table.text, draft) if draft.type == "Person" else None
        if country is not None:
            titled[actor] = country

    named = {fold(c): c for c in titled.values()}
    for key, draft in table.drafts.items():
        actor = table.id_of(key)
        if countries[actor] is None and fold(draft.name) in named:
            # "Georgian President X ... Georgia": an actor named as the country a title names
            # is that country, whatever type it was given ("Georgia" is also a US state)
            countries[actor], kinds[actor] = named[fold(draft.name)], "Country"
    tied = affiliations(table) | memberships(table)  # "X, who leads the Blue Party"

    def same(a: str, b: str) -> bool:
        if speaks.get(a) == b or speaks.get(b) == a or frozenset((a, b)) in tied:
            return True
        for person, other in ((a, b), (b, a)):
            # "Russian Foreign Ministry spokeswoman X" and Russia or a Russian state body.
            if (
                person in titled
                and kinds.get(other) in ("Country", "state")
                and countries.get(other) == titled[person]
            ):
                return True
        ca, cb = countries.get(a), countries.get(b)
        if ca is None or cb is None or ca != cb:
            return False
        # Two names of one country ("Islamic Republic of Iran" and "Iran") are one side too.
        return {kinds.get(a), kinds.get(b)} in ({"Country", "state"}, {"state"}, {"Country"})

    return same


def home_side(table: ActorTable) -> Any:
    """``(person, country) -> bool``: whether ``country`` is the story's country and
    ``person`` one of its own as far as the article tells (no title ties them to another).

    A story about one country names its own politicians without their country ("Mr Abbott said
    the government ..."), and a foreigner mostly by it ("US Secretary of State X"); only a
    country the story names more than once counts (a single sentence's country is as often the
    one acted on).
    """
    story = story_country(table.text)
    if story is None or not _told(table.text, story):
        return lambda person, country: False
    countries = {
        table.id_of(k)
        for k, d in table.drafts.items()
        if d.type == "Country" and _country_of(d) == story.name
    }
    people = {
        table.id_of(k)
        for k, d in table.drafts.items()
        if d.type == "Person" and _person_country(table.text, d) in (None, story.name)
    }
    return lambda person, country: person in people and country in countries


def _person_country(text: str, draft: Any) -> str | None:
    """The country a person's title ties them to: "Russian Foreign Ministry spokeswoman X"."""
    found = (_title_country(text, m.start) for m in draft.mentions)
    # A person known only by a title ("a US official", "the Iranian diplomat") is of the
    # country the title names, as one named after it is.
    country = next((c for c in found if c is not None), None) or _title_country(
        f"{draft.name} ", len(draft.name) + 1
    )
    if country is None and any(_heads_state(text, m.start) for m in draft.mentions):
        # "President X" with no country written: the head of the story's country, when the
        # story names it more than once; a country named once is as often the one the
        # president acts on ("President X declared China ...", "during a visit to Mexico").
        story = story_country(text)
        country = story.name if story is not None and _told(text, story) else None
    return country


def speaks_for_side(table: ActorTable) -> Any:
    """``(source, target) -> bool``: whether a learned *support* of ``target`` by ``source`` is
    only ``source`` speaking for its own side.

    A ministry or a spokesperson speaks for a state: "..., the Ministry of External Affairs
    said" defends its country, and the pair reader reads that as support. The speaker for a
    state is a government body, or one whose name or title holds a spokesperson word; its
    country is the one its name or an alias holds ("U.S. State Department spokesperson"). Its
    support of a country or of a state body is its own side's voice when that is its own
    country, or when its country is not written anywhere (a bare "the Foreign Ministry"): then
    nothing tells which country it speaks for, and the reading is more likely the voice than a
    position. Support of a known foreign country stays ("the Indian foreign ministry backed
    Russia"), and so does support of a body of no country (an international court).
    """
    voices: dict[str, str | None] = {}
    sides: dict[str, str | None] = {}
    for key, draft in table.drafts.items():
        actor = table.id_of(key)
        names = _names(draft)
        country = _country_of(draft)
        if draft.type == "Country":
            sides[actor] = country or draft.name
        elif _of_the_state(draft.type, draft.name):
            sides.setdefault(actor, country)
        if draft.type == "GovernmentBody" or any(
            set(fold(n).split()) & SPOKESPEOPLE for n in names
        ):
            voices[actor] = country

    def same(source: str, target: str) -> bool:
        if source not in voices or target not in sides:
            return False
        mine, theirs = voices[source], sides[target]
        return theirs is not None and mine in (None, theirs)

    return same


def _names(draft: Any) -> list[str]:
    """An actor's name, then its aliases and the registry's names for it."""
    names = [draft.name, *sorted(draft.aliases)]
    return names + list(draft.registry.names) if draft.registry is not None else names


def _country_of(draft: Any) -> str | None:
    """The country an actor's name holds, else the first an alias holds ("National Electoral
    Council", also written "Venezuela's electoral council"). A country is its own, even one whose
    name the gazetteer does not take alone ("Georgia", also a US state): the article typed it."""
    found = next((c for c in map(_country_in, _names(draft)) if c is not None), None)
    return draft.name if found is None and draft.type == "Country" else found


def _told(text: str, country: Any) -> bool:
    """Whether the article names ``country`` (a gazetteer ``Country``) more than once, by any
    of its forms ("Zambia", "Zambian").

    >>> from graph.extract.agents import country_named
    >>> _told("Zambia votes. Zambian roads are new.", country_named("Zambia"))
    True
    >>> _told("President X declared Zambia the winner.", country_named("Zambia"))
    False
    """
    found = (re.findall(rf"(?<![\w.]){re.escape(f)}(?![\w])", text) for f in country.forms)
    return sum(map(len, found)) > 1


_STATE_ROLES = frozenset({"GOV", "JUD", "LEG", "MIL", "COP", "ELC"})
"""The roles of a state's own agents (government, courts, parliament, army, police, election
board); an opposition (OPP) is of the country but not of its state."""


def _of_the_state(kind: str, name: str) -> bool:
    """Whether an actor is a body or agent of a state ("Chilean police", "the junta")."""
    return kind == "GovernmentBody" or (kind != "Country" and agent_role(name) in _STATE_ROLES)


def _country_in(name: str, *, last: bool = False) -> str | None:
    """The country a name holds, as a whole or as a run of its words ("Government of India");
    with ``last``, the run nearest its end ("the U.S. Russian Foreign Ministry": Russia)."""
    words = name.split()
    for size in (3, 2, 1):
        starts = range(len(words) - size + 1)
        for i in reversed(starts) if last else starts:
            country = country_named(" ".join(words[i : i + size]))
            if country is not None:
                return country.name
    return None


_ROLE = re.compile(
    r"(?i:spokes(?:person|man|woman)|(?:prime |foreign )?minister|secretary(?: of state)?|"
    r"president|ambassador|envoy|diplomat|official|premier|chancellor)\s*,?\s*$"
)
_TITLE_WORDS = frozenset(
    {"foreign", "ministry", "affairs", "deputy", "vice", "state", "department", "government",
     "defence", "defense", "interior", "trade", "finance", "senior", "former", "external", "of",
     "the", "and", "top"}
)  # fmt: skip


_HEAD = re.compile(r"(?i:\b(?<!former )(?<!ex-)(?:president|prime minister|premier))\s+$")


def _heads_state(text: str, start: int) -> bool:
    """Whether a name is written after a bare head-of-state title ("President X"; not "former
    President X", nor the head of a body named before the title: "EU Commission President X",
    "World Bank President X").

    >>> _heads_state("said President Ana Soto", 15), _heads_state("FIFA President Ana Soto", 15)
    (True, False)
    >>> _heads_state("Vice President Ana Soto", 15)
    True
    """
    window = text[max(0, start - 40) : start]
    found = _HEAD.search(window)
    if found is None:
        return False
    before = window[: found.start()].split()
    qualifier = before[-1] if before else ""
    return not (
        qualifier[:1].isupper()
        and qualifier[-1:].isalnum()
        and qualifier.lower() not in ("vice", "deputy", "acting", "interim")
    )


def _title_country(text: str, start: int) -> str | None:
    """The country of the title written just before a name: "Russian Foreign Ministry
    spokeswoman X", "Iran's Foreign Ministry Spokesman, X" (the title's words only: a
    capitalised word or a title word, never the clause before it)."""
    before = SENTENCE_END.split(text[max(0, start - 90) : start])[-1]
    role = _ROLE.search(before)
    if role is None:
        return None
    title: list[str] = []
    for word in reversed(before[: role.start()].split()):
        if len(title) == 6 or not (word[:1].isupper() or word.lower() in _TITLE_WORDS):
            break
        title.insert(0, word)
    return _country_in(" ".join(title), last=True) if title else None


def _country_before(text: str, start: int) -> str | None:
    """The country named by the word just before ``start`` ("Iran's", "the Russian")."""
    words = text[max(0, start - 40) : start].split()
    return _country_in(words[-1]) if words and words[-1][:1].isupper() else None
