"""A person's name the model labelled a place: "Acme chief executive Tomas Okafor said".

The small model reads an unfamiliar two- or three-word name as a place (GPE) now and then,
and the actor becomes a country named "Tomas Okafor". A name the gazetteer knows as a country
stays a place; any other such name is a person's when the article shows it is:

- a title just before it ("Acme chief executive Tomas Okafor", "Transport Minister ...") or in
  apposition after it ("Tomas Okafor, Acme's chief executive,"): no town has a title;
- a body it is "of" ("Tomas Okafor of the Democratic Alliance"): no town is a party's;
- its last word is a person's name the model found elsewhere in the article, or stands alone
  as a clause's subject there ("Okafor said"): the surname of the person it names.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.extract.agents import country_named
from graph.extract.surfaces import title_word

__all__ = ["people_read_as_places"]


def people_read_as_places(ents: Iterable[Any]) -> set[int]:
    """The start tokens of the place entities among ``ents`` that are people's names."""
    ents = list(ents)
    people = {e.text for e in ents if e.label_ == "PERSON"}
    people |= {e[-1].text for e in ents if e.label_ == "PERSON"}
    if ents:  # a lone capitalised name as a clause's subject: "Okafor said", "Okafor denied it"
        people |= {
            t.text
            for t in ents[0].doc
            if t.pos_ == "PROPN"
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.ent_type_ != "GPE"
            and not (t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN")
        }
    return {e.start for e in ents if _person(e, people)}


def _person(ent: Any, people: set[str]) -> bool:
    if ent.label_ != "GPE" or not 2 <= len(ent) <= 3:
        return False
    if not all(t.text[:1].isupper() and t.is_alpha for t in ent):
        return False
    if country_named(ent.text) is not None or any(country_named(t.text) for t in ent):
        return False
    if ent[-1].text in people:
        return True  # "Tomas Okafor ... Okafor said"
    if any(c.dep_ == "appos" and title_word(c.text) for c in ent.root.children):
        return True  # "Tomas Okafor, Acme's chief executive, said"
    if any(_of_a_body(c) for c in ent.root.children if c.dep_ == "prep" and c.lower_ == "of"):
        return True  # "votes for Tomas Okafor of the Democratic Alliance"
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.pos_ in ("NOUN", "PROPN") and title_word(before.text)


def _of_a_body(prep: Any) -> bool:
    """Whether an "of" phrase names an organisation ("of the Democratic Alliance")."""
    return any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in prep.children)
