"""Whether a common-noun speaker is one person known by a role or by what they are ("the
diplomat", "a witness", "an influential Ohio Republican") or people speaking together ("the
players", "doctors")."""

from __future__ import annotations

from typing import Any

from graph.extract.coref import SEATS, qualified
from graph.extract.lexicon import (
    FOLLOWINGS,
    GROUP_NOUNS,
    ONE_OF_MANY,
    PARTY_MEMBERS,
    PEOPLE_NOUNS,
    PRESS_NOUNS,
)
from graph.extract.noun_speakers import SPEAKING_PEOPLE, Noun, people_taken_together
from graph.extract.syntax import is_cue

__all__ = ["is_role", "speaks_as_group"]

# A principal's people named with the principal's name before them (a camp may be a place).
_CAMPAIGNS = frozenset({"team", "campaign"})


def speaks_as_group(subject: Any, noun: Noun) -> bool:
    """Whether a common-noun speaker is people speaking together: "Spain's players said" (people
    of a named actor), "the players", "local media", "Ruiz's camp" and, as a reporting verb's
    own subject, "doctors have warned", "protesters marched and said" (people named together
    by what they are)."""
    return (
        bool(noun.words & GROUP_NOUNS)
        or people_taken_together(subject)
        or (subject.tag_ == "NNS" and noun.owned)
        or (noun.lemma in FOLLOWINGS and noun.owned)
        or (noun.lemma in _CAMPAIGNS and bool(noun.named))  # "the Trump campaign legal team"
        or bool(noun.words & PRESS_NOUNS)
        or (
            subject.tag_ == "NNS"
            and (noun.lemma in PEOPLE_NOUNS or noun.lemma in SPEAKING_PEOPLE)
            and (noun.definite or qualified(subject) or _reports(subject.head))
        )
    )


def _reports(verb: Any) -> bool:
    """Whether ``verb`` reports, or a report is joined to it ("Protesters decried the cuts and
    said ...": the protesters are the report's own subject)."""
    return is_cue(verb) or any(
        c.dep_ == "conj" and is_cue(c) and not any(g.dep_ == "nsubj" for g in c.children)
        for c in verb.children
    )  # not "Farmers blocked the roads, and police said ...": the police's own report


def is_role(token: Any, determiner: str, inside: bool, is_group: bool) -> bool:
    """One person known by a role or by what they are: "the diplomat", "the Portuguese
    midfielder", "a witness", "one resident"."""
    single = token.tag_ == "NN"
    lemma = token.lemma_.lower()
    # "One Tory told": the parser reads "one" as a number, not a determiner
    one = determiner in ONE_OF_MANY or any(
        c.dep_ == "nummod" and c.lower_ == "one" for c in token.children
    )
    return (
        bool({token.lower_, lemma} & SEATS)
        or (determiner == "the" and single and not is_group and not inside)
        or (single and lemma in PEOPLE_NOUNS)
        # "an influential Ohio Republican said": one member of a party, unnamed
        or (token.tag_ == "NNP" and token.lower_ in PARTY_MEMBERS and one)
    )
