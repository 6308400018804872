"""Relations stated with "with": "X is at odds with Y", "X's feud with Y", "X joined forces with Y".

News states a standing conflict or alliance as a noun or an idiom with a "with" phrase rather
than a verb of stance: "locked in a legal battle with", "at loggerheads with", "on a collision
course with", "the union's dispute with the port", "formed an alliance with"; and alignment
with a few verbs: "allied itself with", "teamed up with", "joined forces with". The holder is
the noun's possessor or the subject of the verb the noun or idiom hangs on; the other side is
the actor the "with" phrase names. Verbs say it too: "disagreed with", "clashed with", "broke
with", "fell out with" oppose; "agreed with" supports. A relation ended, avoided or denied ("settled its dispute
with", "is no longer at odds with", "the end of its coalition with") states none; talks, relations and deals name no side.
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import CONFLICT_NOUNS, OPPOSE_VERBS, SUPPORT_VERBS
from graph.extract.negation import implied_not
from graph.extract.stance_nouns import poss_actor
from graph.extract.stance_roles import negated, source_of
from graph.extract.stance_scope import Scope, stance_of
from graph.extract.syntax import subjects_of
from graph.extract.targets import coordinated, named_in

__all__ = ["read_exchange", "read_relation"]

# Nouns of a standing conflict between two sides ("a legal battle with", "tensions with").
# Nouns of an alliance: "formed an alliance with", "a coalition with".
_ALLIANCES = frozenset({"alliance", "coalition"})
# Verbs of alignment with "with": "allied itself with", "teamed up with", "joined forces with".
_ALIGNING = frozenset({"ally", "align", "team", "agree"})
# Verbs of a quarrel with "with": "disagreed with", "clashed with", "broke with".
_QUARRELLING = frozenset(
    {"disagree", "clash", "feud", "quarrel", "spar", "wrangle", "break", "fall", "collide",
     "argue", "battle", "bicker", "squabble", "tussle"}
)  # fmt: skip
# Hostile words exchanged: "swapped accusations with X", "traded insults with X".
_EXCHANGING = frozenset({"swap", "trade", "exchange"})
_BARBS = frozenset(
    {"accusations", "insults", "barbs", "criticism", "blows", "jibes", "recriminations"}
)
# Verbs that end, avoid or deny the relation their object or phrase names.
_ENDING = frozenset(
    {"end", "settle", "resolve", "avoid", "defuse", "ease", "deny", "dismiss", "drop", "avert",
     "break", "leave", "quit", "exit", "dissolve", "abandon", "rule"}
)  # fmt: skip


# Nouns that end the relation they are "of": "the end of the coalition with", "the collapse of".
_ENDINGS = frozenset(
    {"end", "collapse", "breakup", "break-up", "demise", "dissolution", "settlement",
     "resolution", "termination", "ending", "breakdown", "failure"}
)  # fmt: skip


def _ended(noun: Any) -> bool:
    """Whether the relation ``noun`` is the "of" object of a noun that ends it."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in _ENDINGS
    )


def read_relation(prep: Any, quote: Any, scope: Scope) -> None:
    """The stance a "with" phrase ``prep`` states between its actor and the relation's holder;
    a conflict "between" two actors, each side's against the other."""
    if prep.lower_ == "between" and prep.dep_ == "prep":
        _between(prep, quote, scope)
        return
    if prep.lower_ != "with" or prep.dep_ != "prep":
        return
    target = named_in(prep, scope.table)  # the other side
    if target is None:
        return
    head = prep.head
    read = _noun_relation(head) if head.pos_ in ("NOUN", "PROPN") else _verb_relation(head)
    if read is None:
        return
    polarity, noun, verb = read
    if noun is not None and (_has(noun, "det", {"no"}) or _ended(noun)):
        return  # "there is no dispute with the port"; "the end of the coalition with"
    source = None
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None) if noun else None
    if noun is not None and (owner := poss_actor(noun, scope.table)) is not None:
        source = scope.table.id_of(owner)  # "the union's dispute with the port"
    elif possessor is not None and (owner := _object_of(verb, scope)) is not None:
        source = scope.table.id_of(owner)  # "backed X in his row with Y": X's, not the backer's
    elif verb is not None:
        ended = noun is not None and verb.lemma_.lower() in _ENDING
        if ended or negated(verb) or _no_longer(verb):
            return  # "settled its dispute with", "did not disagree with"
        source = source_of(verb, quote, scope.table, scope.resolver) or _held(verb, scope)
    if source is None or source == target:
        return
    scope.add(stance_of(source, target, polarity, verb or noun, quote, scope, 0.55))
    if verb is not None and verb.lemma_.lower() in _EXCHANGING:  # both ways: "traded insults"
        scope.add(stance_of(target, source, polarity, verb, quote, scope, 0.55))


def read_exchange(verb: Any, quote: Any, scope: Scope) -> bool:
    """ "X and Y traded accusations": hostile words exchanged between two coordinated subjects,
    each side against the other ("traded insults with Y" is ``read_relation``'s); whether read."""
    if verb.lemma_.lower() not in _EXCHANGING or not _has(verb, "dobj", _BARBS):
        return False
    if negated(verb) or implied_not(verb) or any(c.lower_ == "with" for c in verb.children):
        return False  # "refused to trade accusations"; "with Y": ``read_relation``
    keys: list[str] = []
    for side in subjects_of(verb):
        key = scope.resolver.resolve(side)
        if key is not None and scope.table.id_of(key) not in keys:
            keys.append(scope.table.id_of(key))
    if len(keys) != 2:
        return False
    for source, target in (keys, keys[::-1]):
        scope.add(stance_of(source, target, "oppose", verb, quote, scope, 0.55))
    return True


def _between(prep: Any, quote: Any, scope: Scope) -> None:
    """ "the rift between X and Y", "tensions between X and Y": each against the other."""
    noun = prep.head
    if noun.pos_ != "NOUN" or (
        noun.lemma_.lower() not in CONFLICT_NOUNS and noun.lower_ not in CONFLICT_NOUNS
    ):
        return
    if _has(noun, "det", {"no", "any"}) or _has(noun, "amod", _MAYBE) or _would(noun):
        return  # "a possible conflict between X and Y would ...": none yet
    words = [t.lower_ for t in prep.subtree]
    after = prep.doc[prep.right_edge.i + 1 : prep.right_edge.i + 4].text.lower()
    if "," in words or words.count("and") != 1 or after.lstrip(", ").startswith("as well"):
        return  # "between X and Y, as well as Z and W": which sides, the words do not say
    sides = [k for p in prep.children if p.dep_ == "pobj" for k in coordinated(p, scope.table)]
    named = [scope.table.id_of(k) for k in sides if scope.table.is_named(k)]
    if len(named) != 2 or named[0] == named[1]:
        return
    verb = _governor(noun)
    if verb is not None and (verb.lemma_.lower() in _ENDING or negated(verb)):
        return  # "ended the feud between X and Y"
    for one, other in (named, named[::-1]):
        scope.add(stance_of(one, other, "oppose", noun, quote, scope, 0.5))


def _object_of(verb: Any, scope: Scope) -> str | None:
    """The actor a verb acts on ("backed X in his row"), whose the possessed relation is."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    return scope.table.key_at(obj.idx, obj.idx + len(obj.text)) if obj is not None else None


def _held(verb: Any, scope: Scope) -> str | None:
    """Who is in the state a passive participle names, with no agent: "X is locked in a dispute
    with Y", "X is embroiled in a row with Y" (X)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    key = scope.resolver.resolve(subject) if subject is not None else None
    return scope.table.id_of(key) if key is not None else None


_MAYBE = frozenset({"possible", "potential", "future", "hypothetical", "eventual", "likely"})


def _would(noun: Any) -> bool:
    """A relation that is the subject of what would or could happen ("a conflict between X and Y
    would put the world at risk")."""
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    modal = ("would", "could", "might", "may", "will")
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in modal for c in verb.children)


def _noun_relation(noun: Any) -> tuple[str, Any, Any] | None:
    """(polarity, the relation noun, the verb it hangs on) for "a battle with", "at odds with",
    "on a collision course with"."""
    lemma = noun.lemma_.lower()
    collision = lemma == "course" and any(c.lower_ == "collision" for c in noun.lefts)
    exchanged = noun.lower_ in _BARBS and noun.dep_ == "dobj" and noun.head.lemma_ in _EXCHANGING
    if collision or exchanged or lemma in CONFLICT_NOUNS or noun.lower_ in CONFLICT_NOUNS:
        polarity = "oppose"
    elif lemma in _ALLIANCES:
        polarity = "support"
    else:
        return None
    return polarity, noun, _governor(noun)


def _verb_relation(verb: Any) -> tuple[str, Any, Any] | None:
    """(polarity, None, the verb) for "allied itself with", "teamed up with", "joined forces
    with", and a verb whose own phrase holds the relation ("is at odds ... with")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if lemma in _ALIGNING and (lemma != "team" or _has(verb, "prt", {"up"})):
        return "support", None, verb
    if lemma in _QUARRELLING and (lemma != "fall" or _has(verb, "prt", {"out"})):
        return "oppose", None, verb  # "fell out with X" (not "fell with")
    if lemma == "join" and _has(verb, "dobj", {"forces"}):
        return "support", None, verb
    if lemma in _EXCHANGING and _has(verb, "dobj", _BARBS):
        return "oppose", None, verb  # "swapped accusations with X"
    if lemma in SUPPORT_VERBS or lemma in OPPOSE_VERBS:
        return None  # "sided with X in the dispute": the verb says the stance, not the dispute
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "on")):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            read = _noun_relation(noun)
            if read is not None:
                return read[0], None, verb
    return None


def _governor(noun: Any) -> Any | None:
    """The verb a relation noun hangs on: "is locked in a battle", "remains embroiled in a
    row", "has a dispute", "escalated its feud"."""
    token = noun
    for _ in range(3):
        if token.dep_ == "pobj":
            token = token.head.head
        elif token.dep_ in ("dobj", "attr", "nsubjpass", "acomp", "conj"):
            token = token.head
        else:
            return None
        if token.pos_ in ("VERB", "AUX"):
            # "remains embroiled in a battle": the verb that has the subject
            return token.head if token.dep_ in ("acomp", "xcomp") else token
        if token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT"):
            return token.head if token.dep_ == "acomp" else None
    return None


def _has(token: Any, dep: str, words: set[str]) -> bool:
    return any(c.dep_ == dep and c.lower_ in words for c in token.children)


def _no_longer(verb: Any) -> bool:
    """ "is no longer at odds with": a relation ended."""
    return any(c.dep_ == "advmod" and c.lower_ == "longer" for c in verb.children)
