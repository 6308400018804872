"""A person's full name the model left untagged where it acts in a clause.

The small model misses unfamiliar names ("Ana Ruiz blamed the minister", "critics of Tom
Hale's plan"): a run of two or three capitalised proper nouns, the last one the subject,
object or possessor of a verb and the others compounds of it, outside every entity, with no
determiner, is a person's name when none of its words is a title, a body, a place's or a
group's word, a country, a month or a day. A run after a title is ``untagged.titled_names``'s.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import country_named
from graph.extract.dates import MONTHS
from graph.extract.lexicon import GOVERNMENT_WORDS, GROUP_NOUNS, PEOPLE_NOUNS
from graph.extract.surfaces import title_or_body_word

__all__ = ["untagged_full_names"]

_ROLES = frozenset(("nsubj", "nsubjpass", "dobj", "poss"))
# Words of places and things named like people ("Downing Street", "Silicon Valley").
_PLACE_WORDS = frozenset(
    {"street", "road", "avenue", "square", "valley", "hill", "hills", "house", "palace", "hall",
     "park", "bay", "lake", "river", "island", "islands", "city", "county", "state", "province",
     "coast", "mountain", "mountains", "beach", "bridge", "airport", "station", "tower",
     "museum", "gallery", "theatre", "theater", "library", "church", "cathedral", "mosque",
     "temple", "stadium", "arena", "center", "centre", "hotel", "restaurant", "store", "mall",
     "day", "week", "cup", "league", "games", "olympics", "festival", "award", "prize", "act",
     "bill", "law", "plan", "deal", "accord", "treaty", "report", "index", "project", "program",
     "programme", "north", "south", "east", "west", "central", "new", "great", "united", "royal",
     "national", "federal", "general", "big", "black", "white", "red", "green", "blue"}
)  # fmt: skip
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def untagged_full_names(doc: Any, table: ActorTable) -> None:
    """Mark each untagged full name that acts in a clause as a person (see above)."""
    for token in doc:
        if token.ent_type_ or token.tag_ != "NNP" or token.dep_ not in _ROLES:
            continue
        head = token.head if token.dep_ != "poss" else token.head.head
        if head.pos_ != "VERB" or any(c.dep_ == "det" for c in token.children):
            continue
        first = token
        while (
            first.i > token.sent.start
            and doc[first.i - 1].dep_ == "compound"
            and doc[first.i - 1].head.i == token.i
        ):
            first = doc[first.i - 1]
        words = doc[first.i : token.i + 1]
        if not 2 <= len(words) <= 3 or not all(_name_word(w) for w in words):
            continue
        before = doc[first.i - 1] if first.i > token.sent.start else None
        if before is not None and before.text[:1].isupper() and before.is_alpha:
            continue  # part of a longer capitalised phrase (a title, a body): not this rule's
        start, end = first.idx, token.idx + len(token.text)
        if not table.key_at(start, end):
            table.add_entity(start, end, "PERSON")


def _name_word(word: Any) -> bool:
    text = word.text
    if word.ent_type_ or word.tag_ != "NNP" or not word.is_alpha or len(text) < 2:
        return False
    if not (text[0].isupper() and text[1:].islower()):
        return False
    lower = text.lower()
    if lower in _PLACE_WORDS or lower in MONTHS or lower in _DAYS or title_or_body_word(text):
        return False
    if lower in GOVERNMENT_WORDS or lower in GROUP_NOUNS or lower in PEOPLE_NOUNS:
        return False
    return country_named(text) is None
