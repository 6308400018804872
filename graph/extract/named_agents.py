"""A court or an electoral body the story names: "the court" is that body, not the judiciary.

News names a body once and describes it elsewhere: "Chile's top electoral court rejected the
appeals ... The Electoral Qualifying Tribunal reported ... The court said". A generic agent of a
court or of elections ("the court", "the top court", "the electoral body", "Chile's election
commission") in a story that names exactly one body of that kind, before or after the phrase,
is that body; only without one does it become the country's court or electoral authority
(``agents.anchor_agents``).

Of that kind: a court's name has "court" or "tribunal"; an electoral body's name has
"electoral" or "election" and a body's noun ("commission", "council", "tribunal", ...). A
phrase that says which court ("the supreme court", "the federal court") wants that word in the
name; "top" and "highest" say nothing of the name. A body named with another country than the
phrase's is no match.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from graph.extract.gazetteer import Country, country_named
from graph.model import ActorType
from graph.text import fold

if TYPE_CHECKING:
    from graph.extract.actors import ActorTable

__all__ = ["Body", "bench_court", "electoral_kind", "named_bodies", "named_body", "same_noun_body"]

# (actor key, the folded words of its names, the codes of the countries they name)
Body = tuple[str, frozenset[str], frozenset[str]]

_COURTS = frozenset({"court", "tribunal"})
_ELECTORAL = frozenset({"electoral", "election", "elections"})
_ELECTORAL_BODIES = frozenset(
    {"commission", "council", "authority", "board", "tribunal", "court", "institute", "body"}
    | {"committee", "jury", "service", "office", "agency", "centre", "center"}
)
# Words naming which court: the body's name must have them ("the supreme court").
_LEVELS = frozenset(
    {"supreme", "constitutional", "federal", "district", "appeals", "appellate", "superior"}
    | {"high", "municipal", "special", "national", "state", "military", "criminal", "regional"}
)
_BODY_TYPES = ("Organization", "GovernmentBody")


def named_bodies(table: ActorTable) -> list[Body]:
    """The organisations the article names (by an entity or the registry), with their words."""
    found = []
    for key, draft in table.drafts.items():
        if draft.type not in _BODY_TYPES or not table.is_named(key):
            continue
        names = {draft.name, *draft.aliases}
        if draft.registry is not None:
            names |= set(draft.registry.names)
        words = frozenset(w for n in names for w in fold(n).replace("-", " ").split())
        countries = {country_named(w) for n in names for w in n.replace("-", " ").split()}
        found.append((key, words, frozenset(c.code for c in countries if c is not None)))
    return found


def named_body(bodies: list[Body], role: str, phrase: str, country: Country | None) -> str | None:
    """The one named body a court or electoral agent ``phrase`` (role JUD or ELC) stands for.

    >>> bodies = [("tsj", frozenset({"supreme", "tribunal", "of", "justice"}), frozenset()),
    ...           ("cne", frozenset({"national", "electoral", "council"}), frozenset())]
    >>> named_body(bodies, "JUD", "top court", None), named_body(bodies, "ELC", "electoral body", None)
    ('tsj', 'cne')
    >>> named_body(bodies, "JUD", "district court", None) is None
    True
    """
    words = set(fold(phrase).replace("-", " ").split())
    if role == "JUD" and not words & _ELECTORAL:
        kinds, electoral = _COURTS, False
    elif role in ("JUD", "ELC"):
        kinds, electoral = (_COURTS if role == "JUD" else _ELECTORAL_BODIES), True
    else:
        return None
    levels = words & _LEVELS
    matches = {
        key
        for key, names, countries in bodies
        if names & kinds
        and (not electoral or names & _ELECTORAL)
        and levels <= names
        and (country is None or countries <= {country.code})
    }
    return matches.pop() if len(matches) == 1 else None


# Nouns of a state body that a story names once and then calls by the noun alone.
_BODY_NOUNS = frozenset(
    {"authority", "commission", "ministry", "agency", "council", "board", "office", "regulator"}
)


def same_noun_body(bodies: list[Body], phrase: str, country: Country | None) -> str | None:
    """The one named body whose name holds the bare noun of ``phrase``: "the authority" in a
    story naming the "Kenya Communications Authority" is that authority, not the government.

    >>> bodies = [("kca", frozenset({"kenya", "communications", "authority"}), frozenset())]
    >>> same_noun_body(bodies, "authority", None), same_noun_body(bodies, "ministry", None)
    ('kca', None)
    """
    words = fold(phrase).split()
    if len(words) != 1 or words[0] not in _BODY_NOUNS:
        return None
    matches = {
        key
        for key, names, countries in bodies
        if words[0] in names and (country is None or countries <= {country.code})
    }
    return matches.pop() if len(matches) == 1 else None


# The members of a court that stand for it ("the five judges").
_MEMBERS = frozenset({"judge", "justice", "bench", "panel"})


def bench_court(
    table: ActorTable, role: str, root: Any, country: Country
) -> tuple[str, ActorType] | None:
    """ "Malawi's constitutional court ... The five judges concurred": judges of a country are
    its top court the story has named already, if one has been (a bare "court" is left to
    ``named_body``, which keeps two courts apart)."""
    if role != "JUD" or root.lemma_.lower() not in _MEMBERS:
        return None
    for court in (f"Constitutional Court of {country.name}", f"Supreme Court of {country.name}"):
        key = table.resolve_name(court)
        if key is not None:
            return table.draft(key).name, "GovernmentBody"
    return None


# The kinds of body a story may call its electoral body ("the election board"): those of
# _ELECTORAL_BODIES a name is made of; "authority" or "body" says no kind (the default name).
_KINDS = frozenset({"commission", "board", "council", "committee", "tribunal"})


def electoral_kind(phrases: Iterable[str]) -> str | None:
    """What the story first calls its electoral body, of the generic agent ``phrases``
    ("electoral commission", "election board"): one name for all its mentions; None when it
    names no kind of body.

    >>> electoral_kind(["electoral authorities", "election board", "electoral commission"])
    'election board'
    >>> electoral_kind(["central election commission"]), electoral_kind(["new election board"])
    ('central election commission', 'election board')
    """
    for phrase in phrases:
        words = phrase.split()
        if len(words) >= 2 and words[-1] in _KINDS and words[-2] in _ELECTORAL:
            rank = words[-3:-2] if len(words) >= 3 and words[-3] in _RANKS else []
            return " ".join([*rank, words[-2], words[-1]])
    return None


# Words of an electoral body's own name: "the central election commission", "the national
# electoral council", "the independent electoral commission".
_RANKS = frozenset({"central", "national", "independent", "supreme", "federal", "permanent"})
