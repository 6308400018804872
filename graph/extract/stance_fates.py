"""Stances on whom a called-for fate befalls: calling for X's removal opposes X.

Two constructions of news English name the actor a call is about only inside what is called
for, so the call's own target is a claim ("the resignation of X") or another person ("urged
the president to fire X"):

- a support verb whose object is a fate noun: "called for the resignation of X", "demanded
  X's arrest", "backed the impeachment of X" oppose X; "called for the release of X" supports X;
- a call on someone to do something to X: "called on the president to sack X", "urged the
  court to free X".

A verb that turns the call round ("rejected calls for X's resignation") is not read here: what
rejecting a fate says about X is less sure than calling for it.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.lexicon import CALL_VERBS, OUSTER_VERBS, VICTORY_NOUNS
from graph.extract.negation import negated
from graph.extract.syntax import prep_objects
from graph.extract.targets import coordinated

__all__ = [
    "ACTS",
    "act_of",
    "called_fate",
    "called_objects",
    "court_order",
    "fate_of",
    "owner_of_attribute",
    "shunned",
    "sued",
    "unwelcome",
    "urged_out",
]

# Fates that harm whom they befall, and fates that favour them.
_HARMS = frozenset(
    {"resignation", "removal", "ouster", "dismissal", "sacking", "firing", "expulsion",
     "arrest", "detention", "impeachment", "prosecution", "indictment", "conviction",
     "jailing", "imprisonment", "extradition", "suspension", "punishment", "deportation",
     "disqualification", "ban", "recall", "overhaul", "shake-up", "shakeup", "dismantling",
     "abolition", "disbandment", "dissolution", "closure", "shutdown", "shuttering"}
)  # fmt: skip
_BOONS = frozenset({"release", "acquittal", "pardon", "reinstatement", "freedom"})
# What a call asks someone to do to another: harm them, or favour them.
_HARM_ACTS = frozenset(
    {"fire", "sack", "dismiss", "remove", "oust", "arrest", "prosecute", "expel", "suspend",
     "punish", "jail", "impeach", "detain", "indict", "extradite", "deport", "disqualify", "ban"}
)  # fmt: skip
_BOON_ACTS = frozenset({"free", "release", "pardon", "reinstate", "acquit"})
_CALLS = CALL_VERBS | {"demand", "tell", "push", "seek"}
# Verbs whose object is a fate asked for: "urged the release of X", "demanded the arrest of X".
_ASKING = frozenset({"urge", "demand", "press", "seek"})


def fate_of(noun: Any, table: ActorTable) -> tuple[str, str] | None:
    """(actor key, polarity) for a fate noun and whom it befalls ("the arrest of X", "X's
    release"), else None."""
    lemma = noun.lemma_.lower()
    if lemma == "end":  # "an end to X's rule": the ruler's fall
        rule = next((r for r in prep_objects(noun, "to") if r.lemma_.lower() in _RULE), None)
        if rule is None:
            return None
        noun, polarity = rule, "oppose"
    else:
        polarity = _polarity(lemma)
        if polarity is None:
            return None
    whom = _holder(noun, table)
    return (whom, polarity) if whom is not None else None


# What a ruler holds, whose end is the ruler's fall: "an end to X's rule", "to the X regime".
_RULE = frozenset({"rule", "reign", "regime", "government", "dictatorship", "presidency", "tenure"})


def _holder(noun: Any, table: ActorTable) -> str | None:
    """The first actor a noun is of: its possessor ("X's release") or the object of its "of"
    ("the honour of X"), else None."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += prep_objects(noun, "of")
    # "the release of their leader, X": the apposition names whom the fate befalls.
    owners += [a for o in owners for a in o.children if a.dep_ == "appos"]
    for token in owners:
        keys = coordinated(token, table)
        if keys:
            return keys[0]
    return None


def called_objects(token: Any) -> list[Any]:
    """A verb's direct object, or that of its "for" ("called for the arrest of X")."""
    out = [c for c in token.children if c.dep_ == "dobj"]
    return out + prep_objects(token, "for")


def called_fate(token: Any, table: ActorTable) -> tuple[str, str] | None:
    """(actor key, polarity) for a call on someone to do something to an actor ("urged Y to
    sack X": X, oppose), else None. Not the one called on: they are asked, not judged."""
    if token.lemma_.lower() not in _CALLS:
        return None
    for act in (c for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp")):
        lemma = act.lemma_.lower()
        polarity = "oppose" if lemma in _HARM_ACTS else "support" if lemma in _BOON_ACTS else None
        if polarity is None or any(c.dep_ == "neg" for c in act.children):
            continue
        for obj in (c for c in act.children if c.dep_ == "dobj"):
            keys = coordinated(obj, table)
            if keys:
                return keys[0], polarity
    # "urged the disqualification of X", "urging a rerun and the arrest of X": the fate asked
    asked = token.lemma_.lower() in _ASKING and not negated(token)
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "prt") for c in token.children):
        asked = False  # "called the release of X a betrayal", "pushed X back": no call for it
    for obj in (c for c in token.children if c.dep_ == "dobj" and asked):
        for noun in (obj, *(c for c in obj.children if c.dep_ == "conj")):
            if (fate := fate_of(noun, table)) is not None:
                return fate
            # "a rerun and disqualification of X": the parser hangs "of X" on the first noun
            polarity = _polarity(noun.lemma_.lower())
            if noun is not obj and polarity and (whom := _holder(obj, table)) is not None:
                return whom, polarity
    return None


def _polarity(lemma: str) -> str | None:
    return "oppose" if lemma in _HARMS else "support" if lemma in _BOONS else None


# What is someone's own, so that a stance on it is a stance on them ("rejected X's victory").
_ATTRIBUTES = frozenset(
    {"honour", "honor", "reputation", "dignity", "integrity", "legacy", "record", "credibility",
     "legitimacy", "sovereignty", "independence", "leadership", "character", "innocence",
     "rights", "interests", "security", "territorial", "re-election", "reelection", "mandate",
     "presidency"}
) | VICTORY_NOUNS  # fmt: skip


def owner_of_attribute(noun: Any, table: ActorTable) -> str | None:
    """The actor whose own quality a noun is ("the honour of X", "X's legitimacy"), else None."""
    if noun.lemma_.lower() not in _ATTRIBUTES and noun.lower_ not in _ATTRIBUTES:
        return None
    return _holder(noun, table)


_JUDGES = frozenset({"court", "tribunal", "judge", "justice", "judiciary", "icj", "arbitrator"})


def court_order(token: Any, table: ActorTable, source: str) -> str | None:
    """Whom a court's order is against: "the court ordered X to halt the works" (X), else None.

    Only a court's order: a government ordering its own army to act is no stance on the army.
    """
    if token.lemma_.lower() != "order":
        return None
    draft = next((d for k, d in table.drafts.items() if table.id_of(k) == source), None)
    if draft is None or not (set(draft.name.lower().split()) & _JUDGES):
        return None
    if not any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return None
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        keys = coordinated(obj, table)
        if keys and table.id_of(keys[0]) != source:
            return keys[0]
    return None


_TAKE = frozenset({"take", "launch", "file", "bring", "pursue", "initiate", "start", "lodge"})
_SUITS = frozenset({"action", "proceeding", "proceedings", "lawsuit", "suit", "case", "complaint"})


def sued(token: Any, table: ActorTable) -> str | None:
    """Whom legal action is taken against ("took legal action against X", "filed a complaint
    over X's remarks"): X, else None. A bare "action" must be legal ("took action against X"
    may be anything)."""
    if token.lemma_.lower() not in _TAKE:
        return None
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        word = obj.lemma_.lower()
        legal = any(c.lower_ == "legal" for c in obj.children) or word not in ("action", "case")
        if word not in _SUITS or not legal:
            continue
        aims = [g for h in (token, obj) for g in prep_objects(h, "against", "over")]
        for aim in aims:
            keys = coordinated(aim, table) or [
                k for c in aim.children if c.dep_ == "poss" for k in coordinated(c, table)
            ]
            if keys:
                return keys[0]
    return None


_OUGHT = frozenset({"should", "must", "ought"})
_OFFICE = frozenset({"power", "office", "post", "presidency", "government"})


def urged_out(token: Any, table: ActorTable) -> str | None:
    """Whom a speaker says must go: "X should step down", "X must resign", "X has to leave
    power" (X), else None. Said by whom the words are, it is their stance against X; a
    negated call ("X should not resign") is none.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "Rui Lopes should step down."
    >>> (doc,) = load_pipeline().parse([text])
    >>> table = ActorTable(text)
    >>> lopes = table.add_agent(0, 9, "Rui Lopes", "Person")
    >>> urged_out(doc[3], table) == lopes
    True
    """
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in OUSTER_VERBS:
        return None
    if lemma == "step" and not any(c.lower_ in ("down", "aside") for c in token.children):
        return None
    if lemma == "leave" and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in _OFFICE for c in token.children
    ):
        return None
    holder = token
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("have", "need"):
        holder = token.head  # "X has to leave power"
    elif not any(c.dep_ == "aux" and c.lower_ in _OUGHT for c in token.children):
        return None
    if any(c.dep_ == "neg" for h in (token, holder) for c in h.children):
        return None
    for subject in (c for c in holder.children if c.dep_ == "nsubj"):
        keys = coordinated(subject, table)
        if keys:
            return keys[0]
    return None


# Acts whose "of" phrase names the doer: "the arbitrary decisions of the council".
ACTS = frozenset(
    {"decision", "action", "act", "conduct", "behaviour", "behavior", "policy", "crackdown",
     "repression", "handling", "management", "rule", "ruling", "tactic", "practice", "attack",
     "verdict", "judgment", "judgement", "move", "response", "statement", "remarks", "comments",
     "offer", "refusal", "announcement", "stance", "attitude", "approach", "actions"}
)  # fmt: skip


def act_of(noun: Any, table: ActorTable) -> str | None:
    """The doer an act noun's "of" phrase names ("the arbitrary decisions of X": X), else None."""
    if noun.lemma_.lower() not in ACTS:
        return None
    return _holder(noun, table)


# Verbs that declare someone unwelcome: "declared X persona non grata", "named X persona non
# grata".
_DECLARING = frozenset({"declare", "name", "deem", "make", "call", "label", "brand"})
_UNWELCOME = re.compile(r"\bpersona\s+non\s+grata\b", re.I)


def unwelcome(token: Any, table: ActorTable) -> str | None:
    """Whom ``token`` declares persona non grata ("Chile declaring Ana Ruiz \"persona non
    grata\""): the first actor named between the verb and the phrase, else None."""
    if token.lemma_.lower() not in _DECLARING:
        return None
    after = token.idx + len(token.text)
    found = _UNWELCOME.search(table.text, after, min(len(table.text), after + 90))
    if found is None or "." in table.text[after : found.start()]:
        return None
    keys = [key for _, _, key in table.keys_in(after, found.start())]
    return table.id_of(keys[0]) if keys else None


def shunned(token: Any, table: ActorTable) -> str | None:
    """Whom ``token`` takes legal action against (``sued``) or declares unwelcome."""
    return sued(token, table) or unwelcome(token, table)
