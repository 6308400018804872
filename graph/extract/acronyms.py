"""Organisations written as a bare acronym the named-entity model leaves untagged.

"RT provides ...", "... trust GG", "the director at GLAAD": the small model tags a well-known
acronym as an organisation, but an acronym it has not seen often stays untagged. An all-capital
word of two to six letters that takes part in a clause (subject, object, object of a
preposition, possessor) names an organisation, unless it is a country ("US", "UK": the
gazetteer) or one of the acronyms that name no one (units, times, titles, things: ``_NOT_ACTORS``).
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import country_named
from graph.extract.lexicon import NOT_ACTOR_ACRONYMS as _NOT_ACTORS
from graph.extract.short_forms import body_letters
from graph.names import JOINED_ACRONYM

__all__ = ["CLAUSE_ROLES", "acronym_name", "untagged_acronyms"]

_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,6}")  # "FPÖ"
# "A-B", "P&G" standing alone, no part of a longer word or acronym ("AT&T", "Q&A-style")
_JOINED = re.compile(rf"(?<![\w&-]){JOINED_ACRONYM.pattern}(?![\w&-])")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # up to 39: "MDC" and "DC" are names
CLAUSE_ROLES = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent", "conj", "appos"))
"""Where a name takes part in a clause: subject, object, object of a preposition, possessor."""


def untagged_acronyms(doc: Any, table: ActorTable) -> None:
    """Mark each untagged acronym that takes part in a clause as an organisation (see above).

    Runs after the named entities: an acronym the model or the registry knows keeps its actor,
    and one that is the alias of an actor of the article ("Joint Council ... (JCQ)") is that
    actor.
    """
    for token in doc:
        text = token.text
        if token.ent_type_ or not acronym_name(text):
            continue
        if token.dep_ not in CLAUSE_ROLES or _shouting(token) or country_named(text) is not None:
            continue
        end = token.idx + len(text)
        if not table.key_at(token.idx, end):
            table.add_entity(token.idx, end, "ORG")
    _joined_acronyms(table)


def _joined_acronyms(table: ActorTable) -> None:
    """An acronym with its letters joined by "&" or a hyphen ("A-B said", "P&G's offer") is
    the one body of the article whose initials it spells (Anheuser-Busch, Procter & Gamble):
    the model reads "A-B" as two letters and a dash, and names no one by it."""
    drafts = list(table.drafts.values())
    for match in _JOINED.finditer(table.text):
        if table.key_at(match.start(), match.end()):
            continue
        if match.group() in _NOT_ACTORS:
            continue  # "in a Q&A with reporters", "R&D spending": no body's letters
        body = body_letters(drafts, match.group())
        if body is not None:
            table.attach(body.key, match.start(), match.end())


def acronym_name(text: str) -> bool:
    """Whether ``text`` is an acronym that may name an organisation ("GLAAD", not "CEO").

    >>> acronym_name("GLAAD"), acronym_name("CEO"), acronym_name("Nato"), acronym_name("XII")
    (True, False, False, False)
    """
    if _ROMAN.fullmatch(text):
        return False  # "Henry VIII", "the starting XI": a number
    return _WORD.fullmatch(text) is not None and text not in _NOT_ACTORS


def _shouting(token: Any) -> bool:
    """Whether the word stands among other capitalised words ("BREAKING NEWS", a headline)."""
    sent = token.sent
    caps = sum(1 for t in sent if t.is_alpha and t.text.isupper() and len(t.text) > 1)
    return caps > 3 and caps * 3 > sum(1 for t in sent if t.is_alpha)
