"""Who someone is to another, by a noun of relation: "X, a close ally of Y", "X is a longtime
rival of Y", "one of the fiercest opponents of Y's plan".

News introduces an actor by where they stand: an ally, supporter or loyalist of someone
supports them; a critic, opponent, rival or foe opposes them. The holder is the actor the noun
is in apposition to ("X, a critic of Y"), or the subject of "be" when the noun is predicated
("X is a rival of Y", "X has been one of the opponents of Y"); the other is the actor the "of"
phrase names, or the owner of the thing it names ("Y's plan"). A relation denied ("is no ally
of Y", "is not a critic of Y") is none; "a friend of" is no side taken (a state's courtesy, "a
friend of the court"). A relation told as past ("a former ally of Y", "an erstwhile rival",
"an ex-supporter") is no stance now: people fall out and make up.
"""

from __future__ import annotations

from typing import Any

from graph.extract.stance_roles import negated, owner_of, source_of
from graph.extract.stance_scope import Scope, stance_of
from graph.extract.syntax import prep_objects
from graph.extract.targets import heads_of

__all__ = ["read_partner"]

_FRIENDS = frozenset(
    {"ally", "supporter", "backer", "loyalist", "defender", "champion", "admirer", "protege",
     "protégé"}
)  # fmt: skip
_FOES = frozenset(
    {"critic", "opponent", "rival", "foe", "enemy", "adversary", "detractor", "nemesis",
     "arch-rival", "archrival"}
)  # fmt: skip
_PAST = frozenset(
    {"former", "erstwhile", "onetime", "one-time", "ex", "ex-", "previous", "old-time"}
)


def read_partner(token: Any, quote: Any, scope: Scope) -> None:
    """The stance a noun of relation ``token`` ("an ally of Y") shows of its holder towards Y."""
    lemma = token.lemma_.lower()
    if lemma in _FRIENDS:
        polarity = "support"
    elif lemma in _FOES:
        polarity = "oppose"
    else:
        return
    target = _other(token, scope)
    if target is None or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return
    if _past(token):
        return  # "a former ally of Y": where they stood once, not now
    noun = token
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head  # "one of the fiercest opponents of Y"
    source = None
    if noun.dep_ == "appos":
        key = scope.table.key_at(noun.head.idx, noun.head.idx + len(noun.head.text))
        source = scope.table.id_of(key) if key is not None else None
    elif noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and not negated(noun.head):
        source = source_of(noun.head, quote, scope.table, scope.resolver)
    if source is None or source == target:
        return
    scope.add(stance_of(source, target, polarity, noun.head, quote, scope, 0.55))


def _past(token: Any) -> bool:
    """Whether the relation is told as over: "a former ally", "an ex-supporter", "a one-time
    rival"."""
    words = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "advmod")]
    return any(w in _PAST for w in words) or token.lower_.startswith("ex-")


def _other(token: Any, scope: Scope) -> str | None:
    """The actor the noun's "of" phrase names, or the owner of what it names."""
    for pobj in prep_objects(token, "of"):
        keys = heads_of(pobj, scope.table)
        key = keys[0] if keys else owner_of(pobj, scope.table)
        if key is not None:
            return scope.table.id_of(key)
    return None
