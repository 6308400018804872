"""Possessors the article names nowhere else, written without their apostrophe.

``possessives.bare_possessives`` reads "Trumps decision" as Trump's where the article names
Trump. Text that lost its apostrophes also has possessors named only there: "CNNs role",
"Fidelitys brokerage", "Careys arguments". Two forms are read as a possessive of a name:

- an acronym with an "s" before a noun ("CNNs role", "NATOs members"): an organisation;
- a capitalised word with an "s" the model left untagged, written alone inside a sentence (no
  capitalised word or article before it: "Star Wars fans", "the Mets fans" are names or
  plurals) before a lowercase noun it qualifies: a person's or an organisation's name, taken
  for a person, with the "s" cut. Plurals of people, days and months are no names ("Teachers
  unions", "Mondays meeting"), nor are nouns whose plural qualifies others ("Rights groups")
  or countries (``possessives.bare_countries`` reads those). A sentence's first word is
  capitalised anyway ("Teachers unions said"): it is read so only in a text that lost all its
  apostrophes ("Boehners attack line ..."), where a plural so written is the rarer reading; so is
a quotation's or a bracket's first word, and an adjective ("Serious allegations") never is one.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import country_named
from graph.extract.dates import MONTHS
from graph.extract.nlp import text_of
from graph.extract.peoples import people_nouns
from graph.extract.surnames import surname_owners

__all__ = ["unknown_possessives"]

_ACRONYM_S = re.compile(r"[A-Z]{2,6}s")
_WORD_S = re.compile(r"[A-Z][a-z]{2,}s")
_QUALIFIER_DEPS = frozenset(("compound", "nmod", "poss", "amod", "nsubj"))
_OWN_S = ("is", "us", "ss")  # names that end so keep their "s"
# Nouns written in the plural before another noun ("Rights groups", "Arms sales", "Jobs data"),
# with the trades whose unions and groups news names so ("Teachers unions", "Nurses leaders").
_PLURAL_MODIFIERS = frozenset(
    {"right", "sport", "arm", "sale", "job", "good", "saving", "custom", "spirit", "game", "work",
     "affair", "force", "service", "relation", "resource", "talk", "term", "mean", "new", "wage",
     "price", "earning", "benefit", "skill", "emission", "loan", "weapon", "drug", "gun", "school",
     "teacher", "nurse", "doctor", "parent", "farmer", "driver", "miner", "fan", "player",
     "lawyer", "resident", "union", "veteran", "patient", "consumer", "taxpayer", "retailer"}
)  # fmt: skip
_DAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def unknown_possessives(doc: Any, table: ActorTable) -> None:
    """Mark each apostrophe-less possessive of a name found nowhere else (see above)."""
    for token in doc:
        text = token.text
        acronym = _ACRONYM_S.fullmatch(text) is not None
        if not acronym and (token.ent_type_ or not _WORD_S.fullmatch(text)):
            continue
        if not _qualifies(token):
            continue
        if token.pos_ == "ADJ" and not acronym:
            continue  # "Serious allegations": a word of quality, no name
        before = doc[token.i - 1] if token.i > token.sent.start else None
        if before is not None and (before.is_left_punct or before.is_quote):
            before = None  # '“Serious allegations ...”': a quotation's first word, capitalised
        if before is None and not acronym and not _opens_lost_possessive(token):
            continue  # "Teachers unions ...": a sentence's first word is capitalised anyway
        if before is not None and (before.text[:1].isupper() or before.pos_ == "DET"):
            continue  # "Golden Globes nominations", "the Mets fans"
        stem = text[:-1]
        if not acronym and (_common(stem) or _named_whole(token, table)):
            continue
        if text.endswith(_OWN_S) and not acronym:
            stem = text  # "Natixis", "Ipsos": the "s" of the name itself
        start, end = token.idx, token.idx + len(stem)
        if table.key_at(start, end) or country_named(stem) is not None:
            continue
        table.add_entity(start, end, "ORG" if acronym else "PERSON")


def _named_whole(token: Any, table: ActorTable) -> bool:
    """Whether the word, "s" and all, is a name this article gives elsewhere ("Morales
    supporters" where it names Evo Morales, or tags "Morales" a name in another sentence): a
    name before a noun that it qualifies, not a possessive that lost its apostrophe."""
    text = token.text
    if table.resolve_name(text) is not None or text in surname_owners(table):
        return True
    return any(t.text == text and t.ent_type_ and t.i != token.i for t in token.doc)


def _opens_lost_possessive(token: Any) -> bool:
    """Whether a sentence's first word may be a possessive that lost its apostrophe: only in a
    text that lost them all (no apostrophe anywhere), and only a word the tagger read as a name
    or a plural ("Boehners attack", not "Hilarious footage")."""
    text = text_of(token.doc)
    return "'" not in text and "’" not in text and token.tag_ in ("NNP", "NNS")


def _qualifies(token: Any) -> bool:
    """Whether ``token`` qualifies the lowercase noun after it."""
    head = token.head
    return (
        token.dep_ in _QUALIFIER_DEPS
        and head.i > token.i
        and head.pos_ == "NOUN"
        and head.text.islower()
    )


def _common(stem: str) -> bool:
    """A plural of people, a day or a month, not a name ("Teachers", "Mondays"), or a noun whose
    plural qualifies others ("Rights groups", "Sports fans")."""
    word = stem.lower()
    return word in people_nouns() or word in _DAYS or word in MONTHS or word in _PLURAL_MODIFIERS
