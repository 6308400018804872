"""Surnames ending in "s" the tagger reads as plural common nouns: "Cummings", "Hastings".

The small model tags a one-word surname such as "Cummings" or "Rawlings" NNS, a plural noun,
and leaves it untagged, so ``untagged.untagged_names`` (which wants a proper noun) passes it by.
Such a word is a person's surname when, capitalised with the rest lowercase and bare (no
article, adjective, compound or number before it), it is the subject or object of a verb and
its place says it is a name: a comma and a "who" clause follow it ("Cummings, who released the
letter, blasted ...": a clause adding to a name, where a plural noun takes one picking some of
its kind, "Sources who asked"), or it stands inside a sentence after a lowercase word, where a
common noun is not capitalised ("the mayor praised Hastings"). Not read so:
plurals of people or roles ("Officials, who ..."), words with an ending of such plurals
("Londoners", "Detainees", "Activists"), a people or country ("Saudis"), a possessor ("Tucsons
ban"), a word coordinated with others ("Dalits and Muslims who ...": peoples, not one person).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import country_named
from graph.extract.peoples import people_nouns

__all__ = ["plural_surnames"]

# Not "poss": a capitalised word with an "s" before a noun is a possessive ("Tucsons ban").
_ROLES = frozenset(("nsubj", "nsubjpass", "dobj"))
# The endings English makes plural nouns of people with ("Londoners", "Detainees", "Activists",
# "Bolivians", "Migrants", "Residents", "Donors", "Shiites"): such a word is a people, not a name.
_PEOPLE_ENDINGS = ("ers", "ees", "ists", "ans", "ants", "ents", "ors", "ites", "ics")
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
        if token.head.pos_ != "VERB" or text.endswith(_PEOPLE_ENDINGS):
            continue
        if any(c.dep_ in _MODIFIERS for c in token.children):
            continue
        if _before_noun(token):
            continue  # "condemned Tucsons banning of ...": a possessive that lost its apostrophe
        if not (_has_who_clause(token) or _inside_sentence(token)):
            continue
        if _common(text):
            continue
        end = token.idx + len(text)
        if not table.key_at(token.idx, end):
            table.add_entity(token.idx, end, "PERSON")


def _has_who_clause(token: Any) -> bool:
    """A comma and a "who" clause after it: a name takes a clause that adds to it ("Cummings,
    who ..."); a plural noun one that picks some of its kind ("Sources who asked ...")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        after is not None
        and after.text == ","
        and any(
            c.dep_ == "relcl" and any(g.lower_ in _WHO for g in c.children)
            for c in token.children
        )
    )


def _before_noun(token: Any) -> bool:
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    # "condemned Tucsons banning", "criticized Putins clampdown": a lowercase word after it
    # (not a function word such as "for" or "and") is what it possesses.
    return after is not None and after.is_alpha and after.text.islower() and not after.is_stop


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
