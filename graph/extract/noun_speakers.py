"""A speaker written as a common noun: its phrase read once, and the actor its description makes.

"The union's general secretary", "a team of prosecutors", "officials at the port": when no name
stands behind the noun, the description itself becomes the actor that speaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from graph.extract.actors import ActorTable, clean_name
from graph.extract.agents import country_named, is_generic
from graph.extract.coref import titled_person
from graph.extract.delayed_leads import country_office_below
from graph.extract.lexicon import (
    FOLLOWINGS,
    GOVERNMENT_WORDS,
    NAMED_KINDS,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
)
from graph.extract.noun_phrases import noun_phrase
from graph.extract.syntax import prep_objects
from graph.text import owned_after

__all__ = [
    "SPEAKING_PEOPLE",
    "Noun",
    "country_qualifier",
    "describe",
    "named_in_full",
    "people_taken_together",
    "read_noun",
    "roles_before",
    "some_of_people",
    "titled_name",
]

Token = Any  # spaCy Token; typed loosely so this layer imports no spaCy
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})


@dataclass(frozen=True)
class Noun:
    """A common-noun subject read once: its phrase, the actors inside, how definite it is."""

    token: Token
    offset: int
    start: int
    end: int
    lemma: str
    words: frozenset[str]
    inside: tuple[str, ...]
    named: tuple[str, ...]
    determiner: str
    owner: str  # the owner's word ("Kenya's president"), or ""
    owned: bool  # the owner is a known actor ("Spain's players")
    definite: bool
    # where its mention ends when short of the phrase ("the camp" of "the camp of X"), or None
    mention_end: int | None = None


def read_noun(table: ActorTable, quoted: list[tuple[int, int]], subject: Token) -> Noun:
    """The noun phrase of ``subject`` with the actors inside it and its determiner."""
    start, end = noun_phrase(subject, quoted)
    inside = [k for _, _, k in table.keys_in(start, end)]
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    determiner = next((c.lower_ for c in subject.children if c.dep_ == "det"), "")
    owner_key = table.key_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
    mention_end = None
    if owner is None and subject.lemma_.lower() in FOLLOWINGS:  # "the camp of X": X's camp
        owner, owner_key = _following_of(table, subject)
        if owner is not None:  # X keeps its own mention
            mention_end = subject.idx + len(subject.text)
    # "Kenya's president", "its spokesman": as definite as "the president".
    definite = determiner in ("the", "this", "that") or (
        owner is not None
        and (
            owner.lower_ in ("its", "their", "his", "her")
            or (owner_key is not None and table.draft(owner_key).type == "Country")
        )
    )
    return Noun(
        token=subject,
        offset=subject.idx,
        start=start,
        end=end,
        lemma=subject.lemma_.lower(),
        words=frozenset({subject.lower_, subject.lemma_.lower()}),
        inside=tuple(inside),
        named=tuple(k for k in inside if table.is_named(k)),
        determiner=determiner,
        owner=owner.text if owner is not None else "",
        owned=owner_key is not None,
        definite=definite,
        mention_end=mention_end,
    )


def _following_of(table: ActorTable, subject: Token) -> tuple[Token | None, str | None]:
    """The named actor whose following ``subject`` is ("the camp of X", "the delegation of
    Y"): the object of its "of", with the actor key; else (None, None)."""
    for obj in prep_objects(subject, "of"):
        if (key := table.named_at(obj.idx, obj.idx + len(obj.text))) is not None:
            return obj, key
    return None, None


def _latest_organisation(table: ActorTable, offset: int, kind: str) -> str | None:
    """The organisation named last before ``offset`` ("The Civic Front rejected the result.
    ... The party alleged ..."), the last one of the noun's ``kind`` first: named with it or
    written right after it ("according to the union Unite ... Welsh manufacturing ... The
    union said": Unite), or None."""
    found = [
        (s, k)
        for s, _, k in table.mentions_before(offset)
        if table.draft(k).type == "Organization" and table.is_named(k)
    ]
    before = re.compile(rf"\b{kind}\s+$", re.I)
    kin = [
        k
        for s, k in found
        if kind in table.draft(k).name.lower().split()
        or before.search(table.text, max(0, s - 20), s)
    ]
    return kin[-1] if kin else (found[-1][1] if found else None)


def describe(table: ActorTable, noun: Noun, is_group: bool, name: str = "") -> str | None:
    """A role or group with no one to stand for: an actor known by its description (``name``,
    else the words of its phrase)."""
    start, end = noun.start, noun.end
    name = name or clean_name(" ".join(table.text[start:end].split()[:8]))
    end = noun.mention_end if noun.mention_end is not None else end
    if not name:
        return None
    if is_group and name.lower() == noun.lemma and noun.lemma in NAMED_KINDS:
        return _latest_organisation(table, noun.offset, noun.lemma)  # "the party": a named one
    # "Venezuela's national electoral authority": also try it without its owner.
    bare = re.sub(r"^.*?(?:'s|’s)\s+", "", name)
    known = table.resolve_name(name) or table.resolve_name(bare)
    if known:
        table.attach(known, start, end)
        return known
    lowered = set(name.lower().split()) | noun.words
    if is_group:
        type_ = "GovernmentBody" if lowered & GOVERNMENT_WORDS else "Group"
        if lowered & {"opposition", "party", "movement", "alliance", "coalition"}:
            type_ = "Organization"
    else:
        type_ = "Person" if noun.token.tag_ in ("NN", "NNP") else "Group"
        # Only a definite description ("Uruguay's FA president"): "a Hamas official" is
        # someone unnamed, not the titled leader.
        definite = type_ == "Person" and noun.determiner not in _INDEFINITE
        titled = (
            (titled_person(table, name) or country_office_below(table, name, start))
            if definite
            else None
        )
        if titled is not None:
            draft = table.draft(titled)
            if draft.registry is None:
                draft.type = "Person"  # a name after a role word is a person's
            table.attach(titled, start, end)
            return titled
    if is_group and people_taken_together(noun.token):
        # "A team of inspectors": the team with its members, not a bare "team".
        key = table.add_group(start, end, name, "Group", own=True)
    else:
        key = table.add_description(start, end, name, type_)  # type: ignore[arg-type]
    if key is None and noun.token.idx + len(noun.token.text) < end:
        end = noun.token.idx + len(noun.token.text)  # "Opponents of the plan": the people
        key = table.add_description(start, end, clean_name(table.text[start:end]), type_)  # type: ignore[arg-type]
    if key is None and is_group and noun.lemma in SPEAKING_PEOPLE:
        # "Medics said": people the table's list of agent nouns does not know, a group still.
        key = table.add_group(start, end, name, "Group", own=True)
    if key is not None and type_ != "Person" and is_generic(name):
        table.generic.add(key)  # "officials said": a speaker, but no network node
    return key


# People who speak in news as a plural ("medics said", "according to rescuers"), beside
# ``lexicon.PEOPLE_NOUNS``: the emergency services, soldiers, delegates, people on the street.
SPEAKING_PEOPLE = frozenset(
    {
        "medic", "rescuer", "responder", "soldier", "troop", "officer", "guard", "ranger",
        "sailor", "pilot", "fighter", "militant", "rebel", "insurgent", "settler", "refugee",
        "migrant", "pilgrim", "worshipper", "shopper", "motorist", "pedestrian", "local",
        "onlooker", "spectator", "delegate", "participant", "attendee", "negotiator", "mediator",
        "inspector", "auditor", "coroner", "pathologist", "biologist", "meteorologist",
        "forecaster", "seismologist", "geologist", "statistician", "lawmaker", "legislator",
        "councillor", "councilor", "trustee", "midwife", "pharmacist", "dentist", "caregiver",
        "pupil", "graduate", "teammate", "referee", "prosecutor", "defender", "detective",
        "activist", "organiser", "climber", "fisherman", "fishermen", "rancher", "grower",
        # members of parliaments and legislatures, as their lemma or as written
        "mp", "mps", "mpp", "mpps", "mla", "mlas", "mna", "mnas", "mep", "meps", "mhas", "mha",
    }
)  # fmt: skip

# Nouns for a number of people taken together: "a team of prosecutors", "dozens of residents".
_COLLECTIVES = frozenset(
    {
        "team", "panel", "group", "delegation", "crew", "squad", "handful", "number", "dozens",
        "hundreds", "thousands", "crowd", "chorus", "trio", "pair", "majority", "coalition",
        "contingent", "couple", "host", "score", "scores", "network", "consortium", "body",
    }
)  # fmt: skip


def people_taken_together(subject: Token) -> bool:
    """ "A team of prosecutors said", "dozens of residents told": a collective noun whose "of"
    names people in the plural speaks as a group of those people."""
    if subject.lemma_.lower() not in _COLLECTIVES and subject.lower_ not in _COLLECTIVES:
        return False
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    members = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return members is not None and members.tag_ in ("NNS", "NNPS")


# Words for a part of a number of people: "some in the group", "many of the farmers".
_PARTS = frozenset({"some", "many", "several", "most", "few", "others", "half", "both", "all"})
_MEMBERS = frozenset({"group", "party", "delegation", "crowd", "team", "union", "movement"})


def part_of_people(subject: Token) -> bool:
    """ "Some in the Missouri group said", "many of the farmers told": a word for part of a
    number of people, with "of", "in" or "among" naming them (people in the plural, or a group
    of people), speaks as that part."""
    if subject.lower_ not in _PARTS:
        return False
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "among"):
            continue
        for noun in prep.children:
            lemma = noun.lemma_.lower()
            if noun.dep_ == "pobj" and (
                lemma in _MEMBERS
                or (noun.tag_ == "NNS" and lemma in PEOPLE_NOUNS | SPEAKING_PEOPLE)
            ):
                return True
    return False


# Words that head a capitalised title before a name: "Chief of the Defence Staff Gen. Ana Ruiz".
_TITLE_HEADS = ROLE_NOUNS | {
    "head", "chief", "director", "leader", "chair", "chairman", "chairwoman", "chairperson",
    "commissioner", "governor", "mayor", "premier", "commander", "coordinator", "registrar",
    "superintendent", "administrator", "speaker", "dean", "rector", "provost", "ombudsman",
}  # fmt: skip


def titled_name(table: ActorTable, subject: Token) -> str | None:
    """ "Chief of the Defence Staff Gen. Ana Ruiz told ...": a capitalised title whose "of"
    phrase ends in a person's name is that person's title; the person speaks, not "Chief"."""
    if (named := _name_after_role(table, subject)) is not None:
        return named
    if subject.lemma_.lower() not in _TITLE_HEADS or subject.tag_ in ("NNS", "NNPS"):
        return None  # "Opponents of President X said": a group of them, not X
    preps = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
    if not preps or not (subject.text[:1].isupper() or _place_then_name(table, preps[0])):
        return None
    last = subject.right_edge
    key = table.key_at(last.idx, last.idx + len(last.text))
    return key if key is not None and table.draft(key).type == "Person" else None


def _name_after_role(table: ActorTable, subject: Token) -> str | None:
    """ "party spokesperson Given Chanda said", parsed with "Given" as a preposition: a person's
    name written right after a role in lower case is whom the role names (not a body: "the
    spokesman NATO appointed")."""
    if not (subject.is_lower and subject.lemma_ in ROLE_NOUNS) or subject.whitespace_ != " ":
        return None
    start = subject.idx + len(subject.text) + 1
    found = [
        k
        for s, e, k in table.keys_in(start, start + 80)
        if s == start and not owned_after(table.text, e)  # "the judge X's ..."
    ]
    return next((k for k in found if table.draft(k).type == "Person"), None)


def _place_then_name(table: ActorTable, prep: Token) -> bool:
    """ "the commissioner of Rawalpindi Ana Ruiz": the "of" phrase opens with a capitalised word
    no actor holds (the office's place) before the name, so a title in lower case is the named
    person's too (not "the spokesman of President Ana Ruiz", a title, nor "of the party")."""
    first = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return (
        prep.lower_ == "of"
        and first is not None
        and first.text[:1].isupper()
        and first.is_alpha
        and first.lower_ not in _TITLE_HEADS
        and table.key_at(first.idx, first.idx + len(first.text)) is None
    )


def country_qualifier(token: Token) -> str:
    """The country a role noun is qualified by, written as an adjective or a name before it
    ("the Turkish president", "the U.S. envoy"), or "": such a role is someone of that country,
    like "Turkey's president", never just the last person quoted."""
    for child in token.children:
        if (
            child.dep_ in ("amod", "compound")
            and child.i < token.i
            and child.text[:1].isupper()
            and country_named(child.text) is not None
        ):
            return child.text
    return ""


def roles_before(subject: Any) -> Any | None:
    """The plural role noun, main subject of the sentence before, that "they" (``subject``,
    opening its sentence) stands for, or None: office holders are people ("The nine opposition
    candidates pointed to irregularities. They said ..."), as "farmers" are in ``plural_they``.

    >>> roles_before(None) is None
    True
    """
    if subject is None or subject.lower_ != "they":
        return None
    doc, sent = subject.doc, subject.sent
    if sent.start == 0 or any(not (t.is_punct or t.is_space) for t in doc[sent.start : subject.i]):
        return None
    before = doc[sent.start - 1].sent
    if doc[before.end : sent.start].text.count("\n") > 2:
        return None
    return next(
        (
            c
            for c in before.root.children
            if c.dep_ == "nsubj"
            and c.tag_ == "NNS"
            and c.pos_ == "NOUN"
            and c.lemma_.lower() in ROLE_NOUNS
        ),
        None,
    )


def some_of_people(table: ActorTable, subject: Any) -> str | None:
    """ "four out of seven members of the board said", "three of the judges wrote": a number of
    people out of a body speak together, as the phrase describes them (not the whole body).

    The mention is the number; "one of the officials" is one person (``one_of``).
    """
    if subject.tag_ != "CD" or subject.lower_ == "one":
        return None
    preps = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in ("of", "among", "out")]
    preps += [g for p in preps if p.lower_ == "out" for g in p.children if g.lower_ == "of"]
    people = [
        noun
        for prep in preps
        for noun in prep.children
        if noun.dep_ == "pobj"
        and noun.tag_ == "NNS"
        and noun.lemma_.lower() in PEOPLE_NOUNS | ROLE_NOUNS | SPEAKING_PEOPLE
    ]
    if not people:
        return None
    last = max(t.idx + len(t.text) for t in subject.subtree)
    name = clean_name(" ".join(table.text[subject.idx : last].split()))
    return table.add_group(subject.idx, subject.idx + len(subject.text), name, "Group", own=True)


def named_in_full(table: ActorTable, subject: Any, key: str) -> str:
    """ "the election commission said" after "the Central Election Commission ...": a
    description of two or more lower-case words is the one body named before whose name holds
    them all, not the generic agent or description ``key`` it would otherwise make."""
    words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ in ("compound", "amod")]
    words = [*words, subject]
    det = [c for c in subject.children if c.dep_ == "det" and c.lower_ == "the"]
    if not det or len(words) < 2 or any(not t.text.islower() for t in words):
        return key
    wanted = {t.lower_ for t in words}
    if wanted <= _name_words(table, key):
        return key
    found = {
        k
        for _, _, k in table.mentions_before(subject.idx)
        if k != key
        and table.draft(k).type in ("Organization", "GovernmentBody")
        and wanted < _name_words(table, k)
    }
    return found.pop() if len(found) == 1 else key


def _name_words(table: ActorTable, key: str) -> set[str]:
    draft = table.draft(key)
    return {w for name in (draft.name, *draft.aliases) for w in name.lower().split()}
