"""A pronoun for the person whose people are the subject of its clause.

"Berg's rivals accuse him of rigging the vote", "Ruiz's critics say she misled parliament":
the pronoun can be neither the subject (a plural of other people) nor anyone the sentence
does not name, and the possessor is the person the sentence is about. Taking the latest
person named before the sentence instead draws the charge against a bystander.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.extract.coref import gender_of_pronoun
from graph.extract.peoples import people_nouns

__all__ = ["clause_owner"]

Token = Any  # spaCy Token; typed loosely so this layer imports no spaCy
_PERSONAL = frozenset({"he", "him", "his", "she", "her"})
# How far up from the pronoun a clause may be whose subject owns it: "accuse him" (the verb),
# "say he lied" (the verb that reports it), "accuse him of trying to rig it".
# Not across "and": "X's supporters booed Y, and she said ..." has a clause of her own.
_CLIMB = frozenset({"ccomp", "xcomp", "advcl", "pcomp", "prep", "pobj"})
_REACH = 4


def clause_owner(
    pronoun: Token, named: Callable[[Token], str | None], genders: dict[str, str]
) -> str | None:
    """The person a third-person singular pronoun stands for when a clause above it has for
    subject a plural of people whose possessor is a named person of the pronoun's gender (``named``:
    the actor key a name token gives; ``genders``: what the text says of who is a man or a
    woman), else None."""
    if pronoun.lower_ not in _PERSONAL:
        return None
    gender = gender_of_pronoun(pronoun.lower_)
    verb = pronoun.head
    for _ in range(_REACH):
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i):
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            if subject.tag_ != "NNS" or owner is None or owner.pos_ != "PROPN":
                continue
            if subject.lemma_.lower() not in people_nouns():
                continue  # "Berg's remarks angered him": things of his, someone else angered
            key = named(owner)
            if key is not None and genders.get(key, gender) == gender:
                return key
        if verb.dep_ not in _CLIMB or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
