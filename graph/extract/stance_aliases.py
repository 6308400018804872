"""One person under two names, or an owner and what is named after it: no stance between them.

A report may give someone's other name in apposition ("Zed Vega, whose real name is Carlos
Vegamonte", "Zed Vega, born Carlos Vegamonte", "Rui Lopes, also known as the Lion"); the two
names are two actors of the table but one person, and a stance from one to the other is the
person against themselves (a fault word near the other name, not a stance). An actor the story knows only as someone's
("Rishi Sunak's government", "Ana Ruiz's lawyers") acts for its owner: opposition between the
two is a misreading ("X said his government would appeal"), support may be told.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from graph.extract.actors import ActorTable
from graph.extract.lexicon import FOE_NOUNS
from graph.model import Stance

__all__ = ["aliases", "owned", "without_self_stances"]

_OTHER_NAME = re.compile(
    r"^\s*,?\s*(?:whose\s+(?:real|birth|full|given|legal|original)\s+name\s+is|born(?:\s+as)?"
    r"|(?:also|better|formerly|popularly)\s+known\s+as|a\.?k\.?a\.?|real\s+name)\s+$",
    re.I,
)


def aliases(table: ActorTable, text: str) -> set[frozenset[str]]:
    """Pairs of actor ids one person's two names give, from "A, whose real name is B" and the
    like (mentions next to each other, the words between naming the other name).

    >>> text = "Zed Vega, whose real name is Carlos Vegamonte, spoke."
    >>> table = ActorTable(text)
    >>> zed = table.add_agent(0, 8, "Zed Vega", "Person")
    >>> carlos = table.add_agent(29, 45, "Carlos Vegamonte", "Person")
    >>> aliases(table, text) == {frozenset({table.id_of(zed), table.id_of(carlos)})}
    True
    """
    mentions = table.keys_in(0, len(text))
    out: set[frozenset[str]] = set()
    for (_, end, first), (start, _, second) in pairwise(mentions):
        if first != second and start - end < 40 and _OTHER_NAME.match(text[end:start]):
            out.add(frozenset({table.id_of(first), table.id_of(second)}))
    return out


def _foes(name: str) -> bool:
    """Whether a name ends in a noun of enmity: "X's rivals", "X's fiercest critics"."""
    last = name.split()[-1].lower()
    singular = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
    return singular in FOE_NOUNS


def without_self_stances(
    stances: Iterable[Stance], pairs: set[frozenset[str]], owned: set[frozenset[str]] = frozenset()
) -> list[Stance]:
    """The stances but those between two names of one person, and opposition between an owner
    and what is named as its own (a lawyer may well back the client named with him)."""
    return [
        s
        for s in stances
        if s.target_kind != "actor"
        or not (
            frozenset({s.source, s.target}) in pairs
            or (s.polarity == "oppose" and frozenset({s.source, s.target}) in owned)
        )
    ]


def owned(table: ActorTable) -> set[frozenset[str]]:
    """Pairs of an actor and one named as its own ("X's government", "X’s lawyers"); not its
    foes ("X's rivals" may well oppose X)."""
    out: set[frozenset[str]] = set()
    for key, draft in table.drafts.items():
        name = draft.name
        owner, mark, _ = name.partition("'s ") if "'s " in name else name.partition("’s ")
        found = (
            table.resolve_name(owner) if mark and not _foes(name) else None
        )  # "Djokovic's lawyers": Novak Djokovic
        if found is not None and table.id_of(found) != table.id_of(key):
            out.add(frozenset({table.id_of(found), table.id_of(key)}))
    return out
