"""Surnames ending in "s" the tagger reads as plural common nouns: "Cummings", "Hastings".

The small model tags a one-word surname such as "Cummings" or "Rawlings" NNS, a plural noun,
and leaves it untagged, so ``untagged.untagged_names`` (which wants a proper noun) passes it by.
Such a word is a person's surname when, capitalised with the rest lowercase and bare (no
article, adjective, compound or number before it), it is the subject, object or possessor of a
verb and its place says it is a name: a relative clause on it opens with "who" ("Cummings, who
released the letter, blasted ...": a person), or it stands inside a sentence after a lowercase
word, where a common noun is not capitalised ("the mayor praised Hastings"). Not read so:
plurals of people or roles ("Officials, who ..."), a people or country ("Saudis"), a word
coordinated with others ("Dalits and Muslims who ...": a list of peoples, not one person).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import country_named
from graph.extract.peoples import people_nouns

__all__ = ["plural_surnames"]

_ROLES = frozenset(("nsubj", "nsubjpass", "dobj", "poss"))
_MODIFIERS = frozenset(("det", "amod", "compound", "nummod", "poss", "conj", "cc"))
_WHO = frozenset(("who", "whom", "whose"))


def plural_surnames(doc: Any, table: ActorTable) -> None:
    """Mark each untagged surname the tagger read as a plural noun (see above) a person."""
    for token in doc:
        if token.ent_type_ or token.tag_ not in ("NNS", "NNPS") or token.dep_ not in _ROLES:
            continue
        text = token.text
        if len(text) < 4 or text[-1] != "s" or not text[0].isupper() or not text[1:].islower():
            continue
        head = token.head if token.dep_ != "poss" else token.head.head
        if head.pos_ != "VERB" or token.dep_ == "conj":
            continue
        if any(c.dep_ in _MODIFIERS for c in token.children):
            continue
        if not (_has_who_clause(token) or _inside_sentence(token)):
            continue
        if _common(text):
            continue
        end = token.idx + len(text)
        if not table.key_at(token.idx, end):
            table.add_entity(token.idx, end, "PERSON")


def _has_who_clause(token: Any) -> bool:
    return any(
        c.dep_ == "relcl" and any(g.lower_ in _WHO for g in c.children) for c in token.children
    )


def _inside_sentence(token: Any) -> bool:
    """After a lowercase word inside its sentence, where a common noun is not capitalised."""
    if token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    return before.is_alpha and before.text.islower()


def _common(text: str) -> bool:
    """A plural of people or roles, or a people or country ("Officials", "Saudis")."""
    word = text.lower()
    return (
        word in people_nouns()
        or word[:-1] in people_nouns()
        or country_named(text) is not None
        or country_named(text[:-1]) is not None
    )
