"""Actions taken against someone: "filed a lawsuit against X", "its appeal against X".

A legal, political or industrial action named as a noun with an "against" phrase opposes that
phrase's actor, and is taken by the possessor ("the union's campaign against X"), the doer
after "by" ("the petition against X by Y"), or by the subject of the verb that takes it
("launched a challenge against X", "pursued charges against X", "brought this claim against X",
"lost its appeal against X", "conveyed a strong protest against X", "called a strike at X": a
stoppage of work is against the employer it is held at). Against what an actor said or did ("a protest
against statements made by X", "a complaint against X's decision"), the action opposes that
actor. Without "against" the noun says nothing of a target ("an appeal to the Supreme Court").
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span
from graph.extract.owners import owner_of
from graph.extract.parse_links import doer_by
from graph.extract.stance_fates import act_of
from graph.extract.stance_nouns import poss_actor
from graph.extract.stance_roles import SELF_WORDS, basis_of, date_of, negated
from graph.extract.syntax import subjects_of
from graph.extract.targets import heads_of
from graph.model import Quote, Span, Stance

__all__ = [
    "ACTIONS",
    "STOPPAGES",
    "WORKPLACES",
    "action_against",
    "action_target",
    "called_off",
    "ruling_of",
    "subject_actor",
]

ACTIONS = frozenset(
    {"appeal", "challenge", "lawsuit", "suit", "complaint", "case", "campaign", "petition",
     "injunction", "proceeding", "proceedings", "action", "strike", "protest", "motion",
     "walkout", "stoppage", "charge", "charges", "claim", "prosecution"}
)  # fmt: skip
# Stoppages of work: "at" names the employer they are held against ("a strike at Telco One").
STOPPAGES = frozenset({"strike", "walkout", "stoppage"})
# A stoppage "across" or "in" an employer's workplaces is against their owner ("a strike across
# eight Veltrana plants"); "across Sweden" or "in May" names no employer.
_AT_WORKPLACES = ("across", "in")
WORKPLACES = frozenset(
    {"plant", "factory", "workplace", "site", "depot", "store", "office", "mine", "warehouse",
     "port", "hospital", "branch", "workshop", "facility", "station", "terminal", "mill",
     "refinery", "yard", "centre", "center", "shop", "outlet", "school", "campus"}
)  # fmt: skip
"""Places of work (lemmas) whose owner a stoppage held in them is against."""
# Verbs that take an action: "filed", "launched", "lost its appeal" (the action was still theirs).
_TAKING = frozenset(
    {"file", "launch", "lodge", "bring", "lose", "win", "continue", "mount", "take", "pursue",
     "press", "escalate", "begin", "start", "stage", "lead", "wage", "intensify", "step",
     "convey", "register", "voice", "submit", "deliver", "call", "announce", "hold", "plan",
     "organise", "organize", "declare"}
)  # fmt: skip
# Verbs that end it: "withdrew its appeal against X" is no longer a stance ("called off").
_ENDING = frozenset({"drop", "withdraw", "abandon", "settle", "end", "suspend", "cancel"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})


def action_against(token: Any, quote: Quote | None, table: ActorTable, text: str) -> Stance | None:
    """The stance of an action noun ``token`` with an "against" phrase, or None."""
    if token.lemma_.lower() not in ACTIONS:
        return None
    # "marched in protest at X's decision", "will strike in protest over the deal X announced":
    # the act done in protest is its subject's ("at" may hang on that act)
    adverbial = token.lower_ == "protest" and token.dep_ == "pobj" and token.head.lower_ == "in"
    adverbial = adverbial and token.head.head.pos_ in ("VERB", "AUX")
    act = token.head.head if adverbial else None
    if token.lemma_.lower() in STOPPAGES and token.dep_ == "dobj":
        act = token.head  # "staged a walkout at X": "at" may hang on the verb
    target = action_target(token, table, act)
    if target is None:
        return None
    verb = token.head if token.dep_ in ("dobj", "nsubjpass") else None
    if adverbial:
        verb = token.head.head
    if verb is not None and (
        verb.pos_ != "VERB" or negated(verb) or verb.lemma_.lower() in _ENDING or called_off(verb)
    ):
        return None
    owner = poss_actor(token, table)
    holder = table.id_of(owner) if owner is not None else None
    if holder is None and (doer := doer_by(token)) is not None:  # "a petition against X by Y"
        key = table.named_at(doer.idx, doer.idx + len(doer.text))
        holder = table.id_of(key) if key is not None else None
    if (
        holder is None
        and verb is not None
        and ruling_of(verb) is None  # "the court rejected her appeal against X": no bringer
        and (verb.lemma_.lower() in _TAKING or _pronoun_possessor(token) or adverbial)
    ):
        holder = subject_actor(verb, table, quote)
    if holder is None or holder == target:
        return None
    return Stance(
        holder,
        target,
        "actor",
        "oppose",
        Span.of(text, *evidence_span(verb if verb is not None else token, quote)),
        date_of(quote),
        basis_of(quote),
        0.55,
    )


def action_target(token: Any, table: ActorTable, act: Any = None) -> str | None:
    """The actor the "against" phrase names: its head or a name in apposition, not a place
    inside it ("a campaign against groups on US campuses" is against no country). A protest is
    also "at" or "over" what it is about, a phrase the parser may hang on the ``act`` done in
    protest ("marched in protest at X's decision")."""
    lemma = token.lemma_.lower()
    words = ("against", "at", "over") if lemma == "protest" else ("against",)
    words = ("against", "at", *_AT_WORKPLACES) if lemma in STOPPAGES else words
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in words]
    if act is not None:
        preps += [
            c for c in act.children if c.dep_ == "prep" and c.lower_ in words and c.i == token.i + 1
        ]
    for prep in preps:
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ in _AT_WORKPLACES:  # "across eight Tesla workplaces", not "in Sweden"
                owner = _workplace_owner(pobj, table)
                if owner is not None:
                    return table.id_of(owner)
                continue
            keys = heads_of(pobj, table)
            # "against X's decision", "against the remarks of X"
            owner = keys[0] if keys else owner_of(pobj, table) or act_of(pobj, table)
            if owner is not None:
                return table.id_of(owner)
    return None


def _workplace_owner(place: Any, table: ActorTable) -> str | None:
    """The key of who owns a place of work: "Tesla's plants", "eight Tesla workplaces" (the
    parser may read the name as an adjective), else None."""
    if place.lemma_.lower() not in WORKPLACES:
        return None
    owner = owner_of(place, table)
    for word in place.doc[place.left_edge.i : place.i]:
        if owner is None and word.pos_ == "PROPN":
            owner = table.named_at(word.idx, word.idx + len(word.text))
    return owner


# Rulings that throw an action out, and that grant it.
_REJECTING = frozenset({"reject", "dismiss", "deny", "refuse", "overrule", "quash"})
_GRANTING = frozenset({"uphold", "grant"})
_PLEAS = frozenset({"appeal", "petition", "application"})


def ruling_of(verb: Any) -> str | None:
    """ "reject" for a verb that throws an action out ("dismissed", "threw out"), "grant" for
    one that grants it ("upheld"), else None."""
    lemma = verb.lemma_.lower()
    if lemma in _REJECTING or (lemma == "throw" and any(c.lower_ == "out" for c in verb.children)):
        return "reject"
    appealed = lemma == "allow" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _PLEAS for c in verb.children
    )  # "the court allowed her appeal against X"
    return "grant" if lemma in _GRANTING or appealed else None


def called_off(verb: Any) -> bool:
    """ "called off the strike": the action is ended, not taken."""
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _pronoun_possessor(token: Any) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in token.children)


def subject_actor(verb: Any, table: ActorTable, quote: Quote | None) -> str | None:
    """The actor who takes the action: the verb's subject ("we" in a quotation: the speaker)."""
    found = subjects_of(verb)
    if not found:
        return None
    subject = found[0]
    if quote is not None and subject.lower_ in SELF_WORDS:
        return quote.speaker
    key = table.named_at(subject.idx, subject.idx + len(subject.text))
    return table.id_of(key) if key is not None else None
