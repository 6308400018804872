"""Organisations the model labels as things: a work, a product or a building.

The small model reads an unfamiliar organisation's name as a work of art, a product or a
facility ("Orlando Freight Communications", "the Delta Cartel", "the ABF"). Two forms are an
organisation wherever the name takes part in a clause (subject, object, object of a preposition,
possessor, or a conjunct or apposition of one), whatever its verb:

- a name whose last word is a word for an organisation ("Communications", "Cartel", "Group",
  "Party", "Federation"): no film, product or building is named so;
- an acronym of two to six capitals (``acronyms`` reads the untagged ones the same way).

A law or an event stays a thing ("the ACA", "the Olympics"), and so does any other name: a
thing named in a clause is mostly a thing ("Star Wars broke records"). A name labelled an event
is an organisation only by its last word ("the World Anti-Doping Agency"; "the World Cup" stays
an event).
"""

from __future__ import annotations

from typing import Any

from graph.extract.acronyms import CLAUSE_ROLES, acronym_name
from graph.extract.actors import ActorTable
from graph.extract.agents import country_named
from graph.extract.lexicon import ORG_NAME_ENDINGS

__all__ = ["thing_bodies", "untagged_bodies"]

_LABELS = frozenset(("WORK_OF_ART", "PRODUCT", "FAC", "EVENT"))


def thing_bodies(doc: Any, table: ActorTable) -> None:
    """Mark each organisation the model labelled a work, product or facility (see above)."""
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        words = [t for t in ent if t.lower_ != "the"]
        if not words or not all(t.text[:1].isupper() for t in words):
            continue
        root = ent.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        if root.dep_ not in CLAUSE_ROLES:
            continue
        last = words[-1].text
        acronym = len(words) == 1 and acronym_name(last) and ent.label_ != "EVENT"
        if not acronym and (last.lower() not in ORG_NAME_ENDINGS or len(words) < 2):
            continue
        if any(country_named(t.text) for t in words if t.i == words[0].i) and len(words) < 3:
            continue  # "Chinese Group": a description, not a name
        start, end = words[0].idx, words[-1].idx + len(last)
        if not table.key_at(start, end):
            table.add_entity(start, end, "ORG")


def untagged_bodies(doc: Any, table: ActorTable) -> None:
    """Mark each organisation's name the model left untagged where it takes part in a clause:
    a run of capitalised proper nouns ending in a word for an organisation, after "the" or of
    three words or more ("came under fire from the Dockers Guild")."""
    for token in doc:
        if (
            token.ent_type_
            or token.tag_ != "NNP"
            or token.dep_ not in CLAUSE_ROLES
            or token.lower_ not in ORG_NAME_ENDINGS
            or not token.text[:1].isupper()
        ):
            continue
        first = token
        while (
            first.i > 0
            and doc[first.i - 1].dep_ == "compound"
            and doc[first.i - 1].pos_ == "PROPN"
            and doc[first.i - 1].text[:1].isupper()
            and not doc[first.i - 1].ent_type_
        ):
            first = doc[first.i - 1]
        size = token.i - first.i + 1
        after_the = first.i > 0 and doc[first.i - 1].lower_ == "the"
        if size < 2 or not (after_the or size >= 3):
            continue
        if country_named(first.text) and size < 3:
            continue  # "the Chinese Union": a description, not a name
        start, end = first.idx, token.idx + len(token.text)
        if not table.key_at(start, end):
            table.add_entity(start, end, "ORG")
