"""The organisation a story is about, and which organisations are businesses.

"The company said" in a story about one firm's rejection of another's bid is the firm the story
keeps naming; "the tech giant" is the business it names most, never a public body ("the
European Union", "the Competition Commission") however often named; "the bloc" is no business.
"""

from __future__ import annotations

import re

from graph.extract.acronyms import acronym_name
from graph.extract.actors import ActorTable
from graph.extract.coref import name_like
from graph.extract.gazetteer import nationality
from graph.model import BODY_TYPES

__all__ = [
    "MEMBER_NOUNS",
    "PUBLIC_NOUNS",
    "described_public",
    "is_company",
    "main_body",
    "of_nation",
    "ranks_members",
]

# Nouns no business is called by (the ones only a business is: ``lexicon.COMPANY_NOUNS``).
PUBLIC_NOUNS = frozenset({"bloc", "alliance", "ngo", "institution", "regulator", "watchdog"})
# Words of a public body's or an association's name: no business ("the European Union", "the
# Competition Commission", "the United Nations", "the Football Association").
_PUBLIC_WORDS = frozenset(
    {"union", "commission", "council", "parliament", "court", "ministry", "nations",
     "organization", "organisation", "assembly", "government", "authority", "committee",
     "party", "federation", "association", "league", "tribunal", "board"}
)  # fmt: skip
_DESCRIBING = _PUBLIC_WORDS | PUBLIC_NOUNS  # "the pilots' union Forsa", "the regulator Ofcom"


# Last words of the name of a competition or a market, which ranks its members: "the
# Championship club", "the Premier League side", "the FTSE 100 company" is one of its members
# (the story's club or company), never the league or the index.
_COMPETITIONS = frozenset(
    {"league", "championship", "premiership", "division", "liga", "bundesliga", "serie", "ligue",
     "eredivisie", "conference"}
)  # fmt: skip
_RANKS = _COMPETITIONS | {"ftse", "nasdaq", "dow", "asx", "nyse", "dax"}
MEMBER_NOUNS = frozenset({"club"})
"""Nouns of a body that is one member of a competition: "the club said" is the story's club,
as "the company said" is its business (``main_body``)."""
_MEMBERS = MEMBER_NOUNS | {"side", "team", "outfit", "company", "firm", "group"}


def ranks_members(name: str, noun: str) -> bool:
    """Whether ``name`` before the body noun ``noun`` only says where that body ranks.

    >>> ranks_members("Championship", "club"), ranks_members("FTSE 100", "company")
    (True, True)
    >>> ranks_members("Labour", "party"), ranks_members("Premier League", "statement")
    (False, False)
    """
    words = name.lower().split()
    ranked = any(w in _RANKS for w in words[-2:])
    return noun in _MEMBERS and ranked


def is_company(table: ActorTable, key: str, kinds: frozenset[str] | None = None) -> bool:
    """Whether an actor may be what "the company", "the tech giant" or "the club" stands for:
    an organisation whose name has no word of a public body's, an association's or a
    competition's name ("the Championship" is no club), nor is written after such a word ("the
    pilots' union Forsa"; ``kinds``: the keys so written, ``described_public``, when known)."""
    draft = table.draft(key)
    words = set(draft.name.lower().split())
    if draft.type != "Organization" or words & _PUBLIC_WORDS or words & _COMPETITIONS:
        return False
    return key not in (described_public(table) if kinds is None else kinds)


def described_public(table: ActorTable) -> frozenset[str]:
    """The actors written somewhere right after a word of a public body's or an association's
    kind: "the Irish pilots' union Forsa", "the regulator Ofcom".

    >>> table = ActorTable("The pilots' union Velta struck. Velta and Skyfar met.")
    >>> velta, skyfar = table.add_entity(18, 23, "ORG"), table.add_entity(41, 47, "ORG")
    >>> sorted(described_public(table))
    ['velta']
    """
    found = set()
    for start, _, key in table._spans:
        before = table.text[max(0, start - 30) : start].split()
        if before and before[-1].lower() in _DESCRIBING:
            found.add(key)
    return frozenset(found)


def main_body(
    table: ActorTable,
    subjects: list[tuple[int, str]],
    offset: int,
    company: bool | None = None,
    nation: str | None = None,
) -> str | None:
    """The organisation the article is about: the most mentioned one named before ``offset``
    (``company`` True: the most mentioned business, "the tech giant" is no Union; False: no
    business, "the bloc" is no tech firm; ``nation``: the nationality the description gives,
    "the Italian group" is no body the story writes as French, "French media company X").

    "the company said" in a story about one firm's rejection of another's bid is the firm the
    story keeps naming, not the rival named last. Mentions in quotations and reported speech
    count too: the story is about them. ``subjects`` are (offset, key) of clause subjects.
    """
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    nations: dict[str, bool] = {}  # each body's written nationality, read once
    kinds = described_public(table) if company is not None else frozenset()
    for start, _, key in table._spans:
        if table.draft(key).type not in BODY_TYPES:
            continue
        if company is False and acronym_name(table.draft(key).name):
            pass  # "the regulator said" after "the CMA said": an acronym may be a public body
        elif company is not None and is_company(table, key, kinds) != company:
            continue
        elif company is not True and name_like(table, key):
            continue  # "the agency said" is no person the model took for a body ("Joko Widodo")
        if nation is not None and not nations.setdefault(key, of_nation(table, key, nation)):
            continue
        counts[key] = counts.get(key, 0) + 1
        if start < offset:
            latest[key] = start
    # The subject of the story's first clause counts as much as any two mentions.
    lead = next((k for o, k in subjects if o < offset and k in latest), None)
    if lead is not None:
        counts[lead] += 2
    if not latest:
        return None
    return max(latest, key=lambda k: (counts[k], latest[k]))


# A nationality written before a body's name, with at most three lower-case words between:
# "French media company Vivendi", "the German carmaker Volkswagen".
_NATION_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,3}$")


def of_nation(table: ActorTable, key: str, nation: str) -> bool:
    """Whether a body may be one a description of ``nation`` names: the story writes it with
    that nationality or with none."""
    return written_nation(table, key) in (None, nation)


def written_nation(table: ActorTable, key: str) -> str | None:
    """The nationality the story writes before a body's name, if any ("French media company
    X": French)."""
    for span in table.draft(key).mentions:
        before = table.text[max(0, span.start - 50) : span.start].split("\n")[-1]
        found = _NATION_BEFORE.search(before)
        if found is not None and nationality(found.group(1)):
            return found.group(1)
    return None
