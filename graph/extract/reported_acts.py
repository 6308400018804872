"""Whose a polarity verb in a quotation is when its subject is no actor the graph can name.

A speaker's own view may have a subject that names nobody ("such measures undermine the
court", she said: hers). But a deed done to someone ("security forces had detained 40
people"), a judgement given ("the judge ruled in favour of X") or the act of people named only by a common noun ("police beat the marchers",
"troops shelled the town") is theirs, which the speaker reports: no stance of the speaker's.
Unless the speaker demands it: "demand the government recognise X" is the demander's stance.

A pronoun opening reported speech is the speaker's own when it fits them: "the commissioners
said they stood by their decision", "the union said it would strike", "Ruiz said she would
back X" (a person's "he" or "she", a body's or a group's "it" or "they").
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import agent_role
from graph.model import Quote

__all__ = ["SELF_WORDS", "others_act", "others_deed", "own_pronoun"]

# Words a speaker uses of themselves or everyone: "we", "I", "all of us".
SELF_WORDS = frozenset({"we", "i", "us", "everyone", "everybody", "others", "all", "you"})
# Deeds done to someone, and judgements given on someone, not words of a view.
_DEEDS = frozenset(
    {"arrest", "detain", "jail", "imprison", "harass", "persecute", "repress", "suppress",
     "intimidate", "attack", "prosecute", "indict", "investigate", "ban", "bar", "disqualify",
     "sanction", "punish", "target", "crack", "expel", "evict", "oust", "fine", "suspend",
     # a judgement given: "the judge ruled in favour of X", "the court had upheld the ban"
     "rule", "convict", "acquit", "sentence", "uphold", "overturn", "annul", "quash"}
)  # fmt: skip
# Verbs of a demand, whose clause is the demander's stance.
_DEMANDING = frozenset(
    {"demand", "call", "urge", "ask", "want", "insist", "press", "push", "request", "wish"}
)
_ARMED = frozenset(
    {"troop", "troops", "militia", "militiaman", "gunman", "rebel", "fighter", "force", "forces"}
    | {"soldier", "officer", "guard", "agent"}
)
# States, and members of an alliance, named by a common noun: "some EU countries feigned
# solidarity while supporting Russia" is what they do, as the speaker alleges.
_STATES = frozenset({"country", "nation", "state", "member", "ally", "neighbour", "neighbor"})


def others_deed(verb: Any, subject: Any) -> bool:
    """Whether ``verb`` is a deed ("detained", "ruled") whose subject, a common noun, names
    those who did it ("police detained X", "the court ruled against X"), not the speaker."""
    return subject.pos_ == "NOUN" and verb.lemma_.lower() in _DEEDS and others_act(verb, subject)


def others_act(verb: Any, subject: Any) -> bool:
    """Whether ``verb``, quoted with a ``subject`` that names no actor, is someone else's act:
    a deed, or the act of people a common noun names; not one the speaker demands."""
    if subject.pos_ not in ("NOUN", "PROPN") or subject.lower_ in SELF_WORDS:
        return False
    if verb.head.lemma_.lower() in _DEMANDING:
        return False
    return verb.lemma_.lower() in _DEEDS or _people(subject)


def _people(noun: Any) -> bool:
    """Whether a common noun names a state's agents or armed men ("police", "security forces",
    "troops", "officials") or states ("some countries"): people who act, not a speaker's figure of speech ("the voters do
    not accept fraud" voices the speaker's own view)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (
        lemma in _ARMED or lemma in _STATES or agent_role(lemma) is not None
    )


def own_pronoun(subject: Any, quote: Quote, table: ActorTable) -> bool:
    """Whether ``subject``, a pronoun opening reported (not direct) speech, is its speaker's."""
    if quote.kind == "direct" or subject.idx != quote.span.start:
        return False
    key = table.key_of(quote.speaker)
    if key is None:
        return False
    person = table.draft(key).type == "Person"
    return (subject.lower_ in ("he", "she")) == person
