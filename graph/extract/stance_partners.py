"""Who someone is to another, by a noun of relation: "X, a close ally of Y", "X is a longtime
rival of Y", "one of the fiercest opponents of Y's plan"; and whom someone chose: "Y's favoured
candidate, X" (Y backs X).

News introduces an actor by where they stand: an ally, supporter or loyalist of someone
supports them; a critic, opponent, rival or foe opposes them. The holder is the actor the noun
is in apposition to ("X, a critic of Y"; "Y's fiercest critic, X"), or the subject of "be" when the noun is predicated
("X is a rival of Y", "X has been one of the opponents of Y"); the other is the actor the "of"
phrase names, or the owner of the thing it names ("Y's plan"). A relation denied ("is no ally
of Y", "is not a critic of Y") is none; "a friend of" is no side taken (a state's courtesy, "a
friend of the court"). A relation told as past ("a former ally of Y", "an erstwhile rival",
"an ex-supporter") is no stance now: people fall out and make up.

A crowd named by such a noun and whose it is ("Abara supporters", "supporters of Musa Nweke",
"Nweke's backers", "opponents of the president") that acts as a clause's subject ("celebrated",
"marched", "blocked the road") is a group actor of its own, "<name> supporters", standing with or
against the one it is named after, shown by that clause. Bare "supporters" (whose is not said)
are none here.
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import FOE_NOUNS
from graph.extract.owners import owner_of
from graph.extract.stance_partisan import named_by
from graph.extract.stance_roles import negated, source_of
from graph.extract.stance_scope import Scope, stance_of
from graph.extract.syntax import prep_objects
from graph.extract.targets import heads_of

__all__ = ["is_crowd", "read_partner"]

_FRIENDS = frozenset(
    {"ally", "supporter", "backer", "loyalist", "defender", "champion", "admirer", "protege",
     "protégé"}
)  # fmt: skip

_PAST = frozenset(
    {"former", "erstwhile", "onetime", "one-time", "ex", "ex-", "previous", "old-time"}
)


# Whom someone chose: "Y's favoured candidate, X", "X, the handpicked successor of Y" (Y backs X).
_CHOSEN = frozenset({"candidate", "successor", "choice", "pick", "heir", "nominee"})
_CHOOSING = frozenset(
    {"favoured", "favored", "preferred", "chosen", "handpicked", "hand-picked", "anointed"}
)

# Plural nouns of relation that name a crowd by whom it stands with or against.
_CROWDS = frozenset({"supporter", "backer", "loyalist", "follower", "opponent", "critic"})
_ACTING = frozenset(("nsubj", "nsubjpass"))


def read_partner(token: Any, quote: Any, scope: Scope) -> None:
    """The stance a noun of relation ``token`` ("an ally of Y") shows of its holder towards Y."""
    lemma = token.lemma_.lower()
    chosen = lemma in _CHOSEN and any(c.lower_ in _CHOOSING for c in token.children)
    if lemma in _FRIENDS or lemma == "follower" or chosen:
        polarity = "support"
    elif lemma in FOE_NOUNS:
        polarity = "oppose"
    else:
        return
    acting = _acting(token) if lemma in _CROWDS and token.tag_ == "NNS" else None
    if acting is not None:
        _crowd(token, acting, polarity, quote, scope)
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
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if noun.dep_ == "appos" or named is not None:
        # "X, a critic of Y"; "Y's fiercest critic, X, ...": the name the noun is apposed to
        holder = named if named is not None else noun.head
        key = scope.table.key_at(holder.idx, holder.idx + len(holder.text))
        source = scope.table.id_of(key) if key is not None and scope.table.is_named(key) else None
    elif noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and not negated(noun.head):
        source = source_of(noun.head, quote, scope.table, scope.resolver)
    if source is None or source == target:
        return
    if chosen:  # "Y's favoured candidate, X": Y backs X, whom Y chose
        source, target = target, source
    scope.add(stance_of(source, target, polarity, noun.head, quote, scope, 0.55))


# Counts of people a crowd is given by: "Thousands of Abara supporters marched".
_COUNTS = frozenset({"thousand", "hundred", "dozen", "score", "million", "crowd", "group"})


def is_crowd(words: set[str]) -> bool:
    """Whether a group's name (its words, lowercase) is a crowd's named after the one it stands
    with or against ("morales supporters"): not a part of that one, as "EU observers" are."""
    return any(w.rstrip("s") in _CROWDS for w in words)


def _acting(noun: Any) -> Any:
    """The verb a crowd noun is the subject of, directly or through a count ("thousands of")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i < noun.i:
        count = noun.head.head
        if count.lemma_.lower() in _COUNTS or count.ent_type_ == "CARDINAL":
            noun = count
    return noun.head if noun.dep_ in _ACTING and noun.head.pos_ in ("VERB", "AUX") else None


def _crowd(noun: Any, verb: Any, polarity: str, quote: Any, scope: Scope) -> None:
    """ "Abara supporters marched" (``verb``): the crowd, a group of its own, with (or against)
    Abara."""
    if _past(noun) or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return
    table = scope.table
    whose = [c for c in noun.children if c.dep_ in ("compound", "poss") and c.i < noun.i]
    group = table.key_at(noun.idx, noun.idx + len(noun.text))
    keys = [k for c in whose for k in _named(c, table, group) or _by_name(c, table)]
    owners = prep_objects(noun, "of")
    keys += [k for p in owners for k in _named(p, table, group) or _by_name(p, table)]
    if len(set(keys)) != 1 or any(c.dep_ == "conj" for p in owners for c in p.children):
        return  # whose crowd it is: unsaid, or more than one
    target = table.id_of(keys[0])
    # one name for "Abara supporters", "Abara's backers", "followers of Abara"
    name = f"{table.draft(keys[0]).name} {'supporters' if polarity == 'support' else 'opponents'}"
    if group is None:
        group = table.add_group(noun.idx, noun.idx + len(noun.text), name, "Group", own=True)
    else:
        kind = table.draft(group).type
        people = kind == "Group" or (kind == "Person" and noun.tag_ == "NNS")
        if table.is_named(group) or not people:
            return  # the noun is part of a name, or some other actor's mention
        # "Opponents of President X said ...": the crowd described as it spoke, by its one name
        # ("Some X loyalists" keeps its own words: a part, told by a name of the crowd)
        table.draft(group).type = "Group"
        if " of " in table.draft(group).name:
            table.draft(group).name = name
    if group is not None and table.id_of(group) != target:
        scope.add(stance_of(table.id_of(group), target, polarity, verb, quote, scope, 0.55))


def _named(token: Any, table: Any, group: str | None) -> list[str]:
    """The named actors a phrase is about, but the crowd itself (a mention over it all)."""
    return [k for k in heads_of(token, table) if k != group and table.is_named(k)]


def _by_name(token: Any, table: Any) -> list[str]:
    """The actor a name with no mention of its own here is ("Morales" of "Morales supporters",
    where the article names Evo Morales or "Morales" elsewhere)."""
    key = named_by(token.text, table) if token.pos_ == "PROPN" else None
    return [key] if key is not None else []


def _past(token: Any) -> bool:
    """Whether the relation is told as over: "a former ally", "an ex-supporter", "a one-time
    rival"."""
    words = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "advmod")]
    return any(w in _PAST for w in words) or token.lower_.startswith("ex-")


def _other(token: Any, scope: Scope) -> str | None:
    """The actor the noun's "of" phrase names, or the owner of what it names; else the named
    owner of the noun itself ("Putin's fiercest critic")."""
    for pobj in prep_objects(token, "of"):
        keys = heads_of(pobj, scope.table)
        key = keys[0] if keys else owner_of(pobj, scope.table)
        if key is not None:
            return scope.table.id_of(key)
    owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    key = scope.table.key_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
    return scope.table.id_of(key) if key is not None and scope.table.is_named(key) else None
