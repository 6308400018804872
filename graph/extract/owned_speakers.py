"""A speaker written as someone's role or body: "his spokesman", "her party", "their lawyers".

The owner stays part of who speaks. When the article names that very role of the same owner
elsewhere in apposition ("Ruiz said her party, the Civic Front, had proof"), the named actor
speaks; else the description is named with its owner ("Ana Ruiz's spokesman"), never the bare
noun ("spokesman", "party"), which would make every spokesman of every story one actor.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.group_speakers import speaks_as_group
from graph.extract.noun_speakers import Noun, describe

__all__ = ["OWNER_PRONOUNS", "owned_speaker"]

Token = Any  # spaCy Token; typed loosely so this layer imports no spaCy
OWNER_PRONOUNS = frozenset({"his", "her", "their"})
_NEAR = 200  # characters before an apposition where its owner must be named


def owned_speaker(table: ActorTable, noun: Noun, owner: str) -> str | None:
    """Who "his spokesman", "her party" (``noun``, owned by the actor ``owner``) is: the actor
    named in apposition to it elsewhere, else a description named with its owner."""
    if table.draft(owner).type == "Country":
        return None
    named = _apposed(table, noun.token, owner)
    if named is not None:
        table.attach(named, noun.start, noun.end)
        return named
    name = _owned_name(table, table.text[noun.start : noun.end], owner)
    return describe(table, noun, speaks_as_group(noun.token, noun), name)


def _apposed(table: ActorTable, noun: Token, owner: str) -> str | None:
    """The actor written in apposition to the same owner's same noun elsewhere in the article
    ("his party, the National Unity Platform", "Ruiz's party, the Civic Front"), or None."""
    text = table.text
    words = _owner_words(table, owner)
    if not words:
        return None
    head = re.escape(noun.text)
    # "his party, the Civic Front", "his main challenger, retired general Ana Vidal": up to two
    # words before the noun, and a few lower-case ones before the name.
    pattern = re.compile(
        rf"\b(?P<owner>his|her|their|[A-Z][\w'-]*(?:'s|’s|’|'))\s+(?:[a-z-]+\s+){{0,2}}"
        rf"{head}\s*,\s+(?:the\s+)?(?:(?-i:[a-z-]+)\s+){{0,3}}",
        re.IGNORECASE,
    )
    # "Joel Banda, his spokesman," / "Joel Banda, Ruiz's spokesman": the name before.
    after = re.compile(  # the apposition closes after the noun: no list, no "spokesman's"
        rf",\s+(?:the\s+)?(?P<owner>his|her|their|(?-i:[A-Z])[\w'-]*(?:'s|’s|’|'))\s+"
        rf"(?:[a-z-]+\s+){{0,2}}{head}\b(?!\s+(?:and|or)\b|['’]s)",
        re.IGNORECASE,
    )
    found: set[str] = set()
    for match in [*pattern.finditer(text), *after.finditer(text)]:
        if match.re is pattern:
            start = match.end()
            key = next((k for s, _, k in table.keys_in(start, start + 80) if s == start), None)
        else:
            end = match.start()
            key = next((k for _, e, k in table.keys_in(max(0, end - 80), end) if e == end), None)
        if key is None or key == owner:
            continue
        written = match.group("owner")
        if written.lower() in OWNER_PRONOUNS:
            before = text[max(0, match.start() - _NEAR) : match.start()]
            if not any(re.search(rf"\b{re.escape(w)}\b", before) for w in words):
                continue
        elif not any(written.startswith(w) for w in words):
            continue
        found.add(key)
    if len(found) != 1:
        return None
    key = found.pop()
    draft = table.draft(key)
    if draft.type == "Person" and _is_group(noun) and draft.registry is None:
        draft.type = "Organization"  # "his party, the National Unity Platform": a body's name
    return key


def _owned_name(table: ActorTable, noun_text: str, owner: str) -> str:
    """ "his spokesman" of Ana Ruiz -> "Ana Ruiz's spokesman"."""
    rest = re.sub(r"^(?:his|her|their)\s+", "", noun_text.strip(), flags=re.IGNORECASE)
    return f"{table.draft(owner).name}'s {rest}"


def _owner_words(table: ActorTable, owner: str) -> list[str]:
    """The capitalised words of the owner's name (a surname alone names him too)."""
    draft = table.draft(owner)
    return [w for name in (draft.name, *draft.aliases) for w in name.split() if w[:1].isupper()]


def _is_group(noun: Token) -> bool:
    return noun.tag_ == "NNS" or noun.lemma_.lower() in _BODIES


_BODIES = frozenset(
    {"party", "movement", "alliance", "coalition", "campaign", "camp", "government", "team"}
)
