"""Descriptions that stand for a person named elsewhere: "the 61-year-old", "Chile's FA head".

News writing names a person once with their age ("Ana Ruiz, 61," or "61-year-old Ana Ruiz")
or title ("Chile FA chief Ana Ruiz") and elsewhere refers to them by it. A description resolves
to that person when exactly one person in the article fits; otherwise it stays unresolved here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import country_named
from graph.extract.lexicon import (
    COMPANY_NOUNS,
    GENERIC_ORG_NOUNS,
    GOVERNMENT_WORDS,
    GROUP_NOUNS,
    LEADER_TITLES,
    ORG_NAME_ENDINGS,
    ROLE_NOUNS,
    SEAT_ABBREVIATIONS,
)
from graph.names import initials

__all__ = [
    "BODY_NOUNS",
    "ORG_NOUNS",
    "SEATS",
    "SECOND_TITLES",
    "SPOKESPEOPLE",
    "STATE_OWNED",
    "acronym_before",
    "age_in",
    "apposed_name",
    "former_role",
    "given_name_owner",
    "held_by",
    "in_office",
    "is_thing",
    "name_like",
    "people_aged",
    "qualified",
    "short_name_owner",
    "titled_person",
]

# Role words with the titles of elected members ("the MP said", "the MLA added"), which the
# lexicon's role nouns leave out.
# "party founder Ana Ruiz ... the party founder said": a founder is one person, as a chair is.
SEATS = ROLE_NOUNS | {seat.lower() for seat in SEAT_ABBREVIATIONS} | {"founder", "co-founder"}

# People who speak for a body: "a spokesperson for the ministry" speaks as the ministry.
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen"})
# Head nouns of organisations beyond the lexicon's generic ones ("the company"): "the
# federation said", "the hospital said" stand for a body, never for the person just quoted.
BODY_NOUNS = frozenset(
    {"federation", "confederation", "union", "association", "league", "institute", "society"}
    | {"club", "bank", "board", "committee", "chamber", "fund", "trust", "charity", "company"}
    | {"corporation", "university", "college", "institution", "agency", "organisation"}
    | {"hospital", "clinic", "school", "museum", "library", "airport", "regulator", "watchdog"}
    | {"forum", "network", "foundation", "consortium", "cooperative", "co-operative"}
)

# Capitalised words that before a body noun say what kind of body, not which: a Canadian
# "Crown corporation" or "Crown agency" is a state-owned one ("the Crown corporation said" is
# Canada Post or Hydro-Québec, named before), never an actor called "Crown".
STATE_OWNED = frozenset({"crown"})

# Nouns a business story calls its company by ("the lender said", "the airline added"): like
# "the company", the organisation the story is about.
ORG_NOUNS = GENERIC_ORG_NOUNS | COMPANY_NOUNS | {"faction"}  # "the Islamist faction said"

_AGE_AFTER = re.compile(
    r"\s*(?:,|\()\s*(?:aged\s+)?(\d{1,3})\s*(?:,|\)|;|\.(?!\d))"
)  # "Ruiz, 61," "Ruiz (61)", "... thanked Ruiz, 61."
_AGE_BEFORE = re.compile(
    r"\b(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,3}$"
)  # "61-year-old (lawyer) Ana"
_AGE_DESCRIBED = re.compile(r"\b(\d{1,3})-year-old\b")


def age_in(phrase: str) -> int | None:
    """The age a description gives ("the 61-year-old" -> 61), if any.

    >>> age_in("the 61-year-old"), age_in("the minister")
    (61, None)
    """
    match = _AGE_DESCRIBED.search(phrase)
    return int(match.group(1)) if match else None


def people_aged(table: ActorTable, age: int) -> set[str]:
    """The keys of the people the article gives as ``age`` years old."""
    found: set[str] = set()
    text = table.text
    for start, end, key in table._spans:
        if table.draft(key).type != "Person":
            continue
        after = _AGE_AFTER.match(text, end)
        before = _AGE_BEFORE.search(text[max(0, start - 60) : start])
        for match in (after, before):
            if match is not None and int(match.group(1)) == age:
                found.add(key)
    return found


SECOND_TITLES = frozenset({"vice", "deputy", "acting", "former"})
"""Words before a title that make its holder another than the office's: "Vice President X"."""


def _leads(roles: set[str], words: set[str]) -> bool:
    """Whether "leader" in a description meets a title of the country's leader."""
    if "leader" not in roles or words & SECOND_TITLES:
        return False  # "Vice President X" is no country's leader
    return bool(words & LEADER_TITLES) or {"prime", "minister"} <= words


def titled_person(table: ActorTable, description: str) -> str | None:
    """The one actor written after a title with the description's proper words and a role.

    "Uruguay's FA president" is "Uruguay FA chief Wilmer Valdez": the same country and body
    before a role word, whatever role word. A country counts however written ("the Ukrainian
    president" is "Ukraine's President Ana Rud"), but then the role word must be the same: a
    country has many office holders. A name after a role word is a person's, whatever label
    the model gave it. "The Zambian leader" is the one written as Zambia's president or prime
    minister.
    """
    proper = {
        _word_of(w)
        for w in description.split()
        if w[:1].isupper() and _word_of(w) not in ROLE_NOUNS
    }
    if not proper:
        return None
    roles = {w.lower() for w in description.split() if w.lower() in ROLE_NOUNS}
    only_countries = all(
        country_named(re.sub(r"['’]s$", "", w)) is not None
        for w in description.split()
        if w[:1].isupper() and _word_of(w) in proper
    )
    found: set[str] = set()
    for start, _, key in table._spans:
        line = table.text[max(0, start - 60) : start].split("\n")[-1]
        words = [_word_of(w) for w in re.findall(r"[\w'’-]+", line)[-6:]]
        if not words or words[-1] not in ROLE_NOUNS | {"chief"} or not proper <= set(words):
            continue
        if only_countries and not (roles & set(words) or _leads(roles, set(words))):
            continue
        found.add(key)
    return found.pop() if len(found) == 1 else None


def _word_of(word: str) -> str:
    """A word as ``titled_person`` compares it: no possessive, lower case, a country's
    adjective as its name ("Ukrainian" and "Ukraine's" are "ukraine")."""
    bare = re.sub(r"['’]s$", "", word)
    country = country_named(bare) if bare[:1].isupper() else None
    return country.name.lower() if country is not None else bare.lower()


_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})
_TITLES = {
    "mr": "male",
    "sir": "male",
    "lord": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "dame": "female",
    "lady": "female",
}
_TITLE_BEFORE = re.compile(r"\b(" + "|".join(_TITLES) + r")\.?\s+$", re.I)
_GENDERED = re.compile(
    r"\b(?:(?P<m>spokesman|chairman|congressman|businessman|king|prince|father|son|brother)|"
    r"(?P<f>spokeswoman|chairwoman|congresswoman|businesswoman|queen|princess|mother|daughter|"
    r"sister))\b",
    re.I,
)


_KIN = frozenset({"father", "son", "brother", "mother", "daughter", "sister"})
_OWNERS = frozenset({"whose", "his", "her", "their", "its", "my", "our", "your", "'s", "’s"})


def _own_kin(near: str, match: re.Match[str], name_at: int) -> bool:
    """Whether a kinship word next to a name is the person's own ("Ana Ruiz, a mother of
    three", "his brother, Tom Hale"), not a relative's ("Ana Ruiz, whose son was hurt", "the
    son of Tom Hale", "Hale's daughter")."""
    before = near[: match.start()].rstrip().lower()
    if any(before.endswith(owner) for owner in _OWNERS - {"his", "her", "their", "my", "our"}):
        return False
    if match.end() <= name_at:  # written before the name: "the son of Tom Hale" is Hale's
        return " of " not in near[match.end() : name_at] + " "
    last = before.split()[-1] if before.split() else ""
    return before.endswith(",") or last in ("the", "a", "an")


def gender_of_pronoun(pronoun: str) -> str | None:
    """ "male" for he/him/his, "female" for she/her, else None."""
    low = pronoun.lower()
    return "male" if low in _MALE else "female" if low in _FEMALE else None


def genders(table: ActorTable) -> dict[str, str]:
    """People whose gender the text states: a title ("Ms Ruiz") or a gendered role word written
    next to the name ("spokeswoman Ana Ruiz", "Ana Ruiz, the chairwoman"). Nothing is guessed
    from names; a person the text is contradictory about is left out.

    >>> from graph.extract.actors import ActorTable
    >>> t = ActorTable("Ms Ana Ruiz met Tom Hale, the chairman.")
    >>> _ = t.add_entity(3, 11, "PERSON"), t.add_entity(16, 24, "PERSON")
    >>> sorted(genders(t).items())
    [('ana-ruiz', 'female'), ('tom-hale', 'male')]
    """
    seen: dict[str, set[str]] = {}
    text = table.text
    for start, end, key in table._spans:
        if table.draft(key).type != "Person":
            continue
        title = _TITLE_BEFORE.search(text[max(0, start - 6) : start])
        if title is not None:
            seen.setdefault(key, set()).add(_TITLES[title.group(1).lower()])
        near = text[max(0, start - 25) : start] + " " + text[end : end + 25].split(".")[0]
        for match in _GENDERED.finditer(near):
            if match.group(0).lower() in _KIN and not _own_kin(
                near, match, start - max(0, start - 25)
            ):
                continue
            seen.setdefault(key, set()).add("male" if match.group("m") else "female")
    return {k: v.pop() for k, v in seen.items() if len(v) == 1}


def qualified(noun: Any) -> bool:
    """A plural noun with a word saying which ones ("striking nurses", "Spanish players"), or
    named as the source of a report ("according to witnesses")."""
    source = noun.head.lower_ == "to" and noun.head.head.lower_ == "according"
    return source or any(
        c.dep_ in ("amod", "compound", "det", "nummod", "poss") for c in noun.children
    )


def short_name_owner(table: ActorTable, word: str) -> str | None:
    """The one actor a lone word is short for: a person's surname ("Ng" for Mary Ng, even a
    short one) or a body's acronym, written in brackets after its name ("(RFEF)") or made
    of its initials ("MEA" for the Ministry of External Affairs)."""
    owners = []
    for key, draft in table.drafts.items():
        words = draft.name.replace("(", " ").replace(")", " ").split()
        if draft.type == "Person":
            if words[1:] and words[-1] == word:
                owners.append(key)
        elif word.isupper() and (
            word in words[1:] or word in draft.aliases or word == initials(draft.name)
        ):
            owners.append(key)
    return owners[0] if len(owners) == 1 else None


def given_name_owner(table: ActorTable, word: str) -> str | None:
    """The one person a lone word is the given name of ("Abebe" for Abebe Tesfaye, as stories
    name Ethiopian, Icelandic or Indonesian people), when no other actor's name holds it."""
    owners = {k for k, d in table.drafts.items() if word in d.name.split()}
    if len(owners) != 1:
        return None
    key = owners.pop()
    words = table.draft(key).name.split()
    return key if table.draft(key).type == "Person" and words[1:] and words[0] == word else None


def is_thing(table: ActorTable, key: str) -> bool:
    """A one-word "person" the text writes after "the" ("the Bill", "The Act's aim").

    The model tags capitalised nouns of legislation and the like as people; a person's
    name takes no article, unless the article is part of it, capitalised inside a sentence
    ("a row over The Weeknd", a stage name).
    """
    draft = table.draft(key)
    # A lowercase name is a description the text gave a speaker ("the nurse said"), no model tag.
    if draft.type != "Person" or " " in draft.name or draft.name.islower():
        return False
    return _after_the(table.text, draft.name)


@lru_cache(maxsize=4096)
def _after_the(text: str, name: str) -> bool:
    """Whether ``name`` is written after "the" and never as a name that begins with "The"."""
    found = list(re.finditer(rf"\b[Tt]he\s+{re.escape(name)}\b", text))
    return bool(found) and not any(_named_with_the(text, m.start()) for m in found)


def _named_with_the(text: str, at: int) -> bool:
    """A capitalised "The" inside a sentence, after a lower-case word or a comma.

    >>> text = "The Bill passed. MPs cheered the Bill, then a row over The Whistler began."
    >>> [_named_with_the(text, m) for m in (0, text.index("the Bill"), text.index("The W"))]
    [False, False, True]
    """
    before = text[max(0, at - 40) : at].rstrip()
    return text[at] == "T" and bool(before) and (before[-1].islower() or before[-1] == ",")


def apposed_name(subject: Any) -> list[Any] | None:
    """Two to four capitalised words in apposition to a common noun (or a hyphened title the
    tagger read as an adjective, "secretary-general"), tagged as no place, people or date
    ("the director, Agnes Moll,"), or None."""
    hyphened = subject.i > 0 and subject.doc[subject.i - 1].text == "-"  # "secretary-general"
    if subject.pos_ != "NOUN" and not hyphened:
        return None
    appos = next((c for c in subject.children if c.pos_ == "PROPN" and _apposed(c)), None)
    if appos is None:
        return None
    words = [*(t for t in appos.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), appos]
    if not 2 <= len(words) <= 4 or any(t.i + 1 != u.i for t, u in pairwise(words)):
        return None
    if any(not t.text[:1].isupper() or t.ent_type_ in _NOT_NAMES for t in words):
        return None
    return words


_NOT_NAMES = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "MONEY"})


def _apposed(name: Any) -> bool:
    """Whether ``name`` is in apposition: so parsed, or hung as a bare noun phrase after a
    comma ("the party's secretary-general, Ana Moll": the parser's npadvmod)."""
    if name.dep_ == "appos":
        return True
    first = name.left_edge
    return name.dep_ == "npadvmod" and first.i > 0 and name.doc[first.i - 1].text == ","


_NOT_A_NAME = BODY_NOUNS | GROUP_NOUNS | GOVERNMENT_WORDS | GENERIC_ORG_NOUNS


def name_like(table: ActorTable, key: str) -> bool:
    """A body found by the model whose name is shaped like a person's: two or three capitalised
    words, none of them a word for a body ("Karen Holt", not "Holt Shipping Group").

    >>> from graph.extract.actors import ActorTable
    >>> t = ActorTable("Karen Holt met Nordic Ferry Company.")
    >>> a, b = t.add_entity(0, 10, "ORG"), t.add_entity(15, 35, "ORG")
    >>> name_like(t, a), name_like(t, b)
    (True, False)
    >>> t = ActorTable("United Parcel Service (UPS) said.")
    >>> name_like(t, t.add_entity(0, 21, "ORG"))
    False
    """
    draft = table.draft(key)
    words = draft.name.split()
    return (
        draft.registry is None
        and draft.type == "Organization"
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not {w.lower() for w in words} & _NOT_A_NAME
        and words[-1].lower() not in ORG_NAME_ENDINGS  # "United Parcel Service"
    )


def acronym_before(subject: Any) -> Any | None:
    """The acronym written before a word for a body ("the RMT union", "the UAW said"), or None:
    that body's name, whatever the model made of it."""
    if subject.lemma_.lower() not in _NOT_A_NAME or subject.pos_ != "NOUN":
        return None
    return next(
        (
            c
            for c in subject.children
            if c.dep_ == "compound" and c.text.isupper() and c.text.isalpha() and len(c.text) > 1
        ),
        None,
    )


_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def held_by(
    entries: list[tuple[int, str]], text: str, owner: str, at: int = -1
) -> list[tuple[int, str]]:
    """The (offset, person) mentions that may hold a role of ``owner``: "Saskatchewan's
    premier" is not "Manitoba Premier Ana Ruiz". The owner, or another form of its country
    ("Canadian" for "Canada"), must be written next to the mention; "its" fits anyone.

    >>> text = "Manitoba Premier Ana Ruiz spoke on Friday morning in Winnipeg. Then Canadian "
    >>> text += "Prime Minister Ben Lo spoke."
    >>> entries = [(text.find("Ana"), "ana-ruiz"), (text.find("Ben"), "ben-lo")]
    >>> [k for _, k in held_by(entries, text, "Saskatchewan") + held_by(entries, text, "Canada")]
    ['ben-lo']
    >>> len(held_by(entries, text, "its"))
    2

    With ``at``, the role word's offset, a former holder is not the one in office: "the former
    premier" at ``at`` is neither Ana Ruiz nor Ben Lo above (see ``former_role``).
    """
    if at >= 0:
        former = former_role(text, at)
        entries = [(o, k) for o, k in entries if former_role(text, o, holder=True) == former]
    if not owner or owner.lower() in _OWNER_PRONOUNS:
        return entries
    country = country_named(owner)
    forms = country.forms if country is not None else (owner,)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
    return [(o, k) for o, k in entries if pattern.search(text, max(0, o - 40), o + 40)]


# "the former president", "the one-time foreign minister", "the ex-Defence Minister", "the
# retired general": before a role word.
_FORMER_WORD = re.compile(
    r"\b(?:[Ff]ormer|[Ee]x-|[Rr]etired|[Oo]ne-?time|[Ee]rstwhile)\s*"
    r"(?:(?![\w'’-]*['’]s\s)[A-Za-z][\w'’-]*\s+)?$"  # not "the former president's aide"
)
# "former President Ana Ruiz", "ex-Prime Minister Ana Ruiz", "retired general Ana Ruiz":
# before a person's name (not "a former aide to Ana Ruiz").
_FORMER_TITLE = re.compile(
    r"\b(?:[Ff]ormer|[Ee]x-|[Rr]etired)\s*(?:(?!(?:to|of|for|with|and|at)\s)[\w'’.-]+\s+){1,3}$"
)
# "Ana Ruiz, the former president", "Ana Ruiz, also a former diplomat", "Ana Ruiz, 64, a
# retired judge": after it.
_FORMER_APPOS = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+(?:\d+,\s+)?(?:[a-z]+\s+){0,2}?(?:former|retired)\b"
)


def former_role(text: str, at: int, *, holder: bool = False) -> bool:
    """Whether the role word at ``at`` is one held before ("the former president"); with
    ``holder``, whether the person named at ``at`` is written with a former office ("former
    President Ana Ruiz", "Ana Ruiz, the former president").

    >>> t = "President Ana Ruiz met Tom Hale, the former president. The former president said"
    >>> former_role(t, t.index("Ana"), holder=True), former_role(t, t.index("Tom"), holder=True)
    (False, True)
    >>> former_role(t, t.index("President")), former_role(t, t.rindex("president"))
    (False, True)
    """
    if holder:
        before = _FORMER_TITLE.search(text, max(0, at - 40), at)
        return before is not None or _FORMER_APPOS.match(text, at) is not None
    return _FORMER_WORD.search(text, max(0, at - 30), at) is not None


def in_office(entries: list[tuple[int, str]], text: str) -> set[str]:
    """The people of ``entries`` (offset, person) written with the role as their office now,
    not as a former one: those "the former president" is not."""
    return {k for o, k in entries if not former_role(text, o, holder=True)}
