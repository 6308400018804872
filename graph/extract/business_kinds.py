"""A name the article itself calls a business or a body is no person's.

The small model tags unfamiliar one-word company names as people ("Veltrana claimed ...").
A person-typed name (not from the registry) becomes an organisation where the article says what
kind of thing it is:

- a kind of body written just before the name: "drugmaker Veltrana" (not a maker that is a
  person, "filmmaker Ava Lind"), "the airline Skyward",
  "mining giant Orebank", "rights group Civitas", "Championship club Millwall";
- an appositive naming that kind: "Veltrana, the vaccine maker, said ...";
- a possession only an organisation has: "Veltrana's shareholders", "Orebank's chief
  executive", "Skyward's headquarters"; or a seat: "where Veltrana is based", "Orebank is
  headquartered in"; a "which" clause after it: "Rio Tinto, which had approval to blast the
  site," (people take "who").

A public kind ("the regulator Fairtrade", "the watchdog X") makes a government body. Then "the
company said" finds the business the story is about, and the network draws no company as a
person. Kinds of people ("spokeswoman", "founder", "chief") are no evidence: "Tesla founder
Ana Soto" is a person.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.lexicon import COMPANY_NOUNS, OCCUPATIONS

__all__ = ["BODY_KINDS", "PEOPLE_TOO", "PUBLIC_KINDS", "retype_bodies"]

BODY_KINDS = COMPANY_NOUNS | {
    "manufacturer", "producer", "supplier", "operator", "developer", "publisher", "distributor",
    "bank", "group", "club", "union", "charity", "studio", "platform", "outlet", "newspaper",
    "network", "chain", "corporation", "multinational", "subsidiary", "exporter", "importer",
    "refiner", "shipper",
}  # fmt: skip
"""Nouns of a kind of organisation (a business's, ``lexicon.COMPANY_NOUNS``, and others),
and any noun ending in "maker" ("vaccine maker")."""
PUBLIC_KINDS = frozenset({"regulator", "watchdog", "agency", "authority", "ministry", "commission"})
PEOPLE_TOO = frozenset({"regulator", "producer", "developer", "publisher"})
"""Kinds that are also a person's trade: before a name of two words or more ("regulator Omar
Nadir", "producer Ana Soto") they tell a person's role, before one word a body's kind ("the
regulator Ofcom", "developer Evergrande")."""
"""Nouns of a kind of public body: the name they stand before is a government body."""
OWNED_BY_BODIES = frozenset(
    {"shareholder", "shareholders", "headquarters", "subsidiary", "subsidiaries", "workforce",
     "revenue", "revenues", "profit", "profits", "earnings", "executive", "ceo", "counsel"}
)  # fmt: skip
"""What only an organisation has ("X's shareholders"; "X's chief executive")."""
# Offices only an organisation has with the word that makes them one: "X's chief executive",
# "X's general counsel" (a person has an executive assistant, a counsel of their own).
_TITLED = {"executive": frozenset({"chief"}), "counsel": frozenset({"general"})}
_SEATED = frozenset({"base", "headquarter", "headquartered", "based"})


def _kind(token: Any) -> str | None:
    """The type a noun of kind gives the name it describes, if it is one."""
    if token.pos_ != "NOUN" or not token.text[1:].islower():
        return None
    if token.text[0].isupper() and not token.is_sent_start:
        return None  # "Championship club": a name's word, not a kind
    lemma = token.lemma_.lower()
    if lemma in PUBLIC_KINDS:
        return "GovernmentBody"
    maker = lemma.endswith("maker") and len(lemma) > 5 and lemma not in OCCUPATIONS
    # "printer maker Acme", "chip maker Acme": the goods written as a word of their own
    goods = [c.lower_ for c in token.children if c.dep_ in ("compound", "nmod")]
    maker = maker or (
        lemma == "maker"
        and bool(goods)
        and not {goods[-1] + "maker", goods[-1] + "-maker"} & OCCUPATIONS
    )
    if lemma in BODY_KINDS or maker:
        return "Organization"
    return None


def _evidence(doc: Any, start: int, end: int) -> str | None:
    """The type the words around one mention give it (see the module's docstring)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    before = doc[span.start - 1] if span.start > 0 else None
    role = before is not None and before.lemma_.lower() in PEOPLE_TOO and len(span) > 1
    if before is not None and not role and (kind := _kind(before)):
        return kind  # "drugmaker Veltrana", "the airline Skyward"
    for token in span:
        for child in token.children:
            if child.dep_ == "appos" and child.i >= span.end and (kind := _kind(child)):
                return kind  # "Veltrana, the vaccine maker,"
    last = span[-1]
    if [t.lower_ for t in doc[span.end : span.end + 2]] == [",", "which"]:
        return "Organization"  # "Rio Tinto, which had approval ...": people take "who"
    if last.dep_ in ("nsubj", "nsubjpass") and last.head.lemma_.lower() in _SEATED:
        return "Organization"  # "where Veltrana is based", "Orebank is headquartered in"
    if last.dep_ == "poss" and last.head.lower_ in OWNED_BY_BODIES:
        owned = last.head
        titled = _TITLED.get(owned.lower_)
        if titled is None or any(c.lower_ in titled for c in owned.children):
            return "Organization"  # "Veltrana's shareholders", "Orebank's chief executive"
    return None


def retype_bodies(doc: Any, table: ActorTable) -> None:
    """Make each person-typed name (not the registry's) that the article calls a kind of body
    that body's type.

    >>> from graph.extract.nlp import load_pipeline
    >>> pipeline = load_pipeline()
    >>> text = "The drugmaker Veltrana sued Corvex."
    >>> (doc,) = pipeline.parse([text])
    >>> table = ActorTable(text)
    >>> key = table.add_entity(14, 22, "PERSON")
    >>> retype_bodies(doc, table)
    >>> table.draft(key).type if pipeline.full else "Organization"
    'Organization'
    >>> text = "The filmmaker Veltrana sued Corvex."
    >>> (doc,) = pipeline.parse([text])
    >>> table = ActorTable(text)
    >>> key = table.add_entity(14, 22, "PERSON")
    >>> retype_bodies(doc, table)
    >>> table.draft(key).type
    'Person'
    """
    found: dict[str, str] = {}
    for start, end, key in table.keys_in(0, len(table.text)):
        draft = table.draft(key)
        if draft.type != "Person" or draft.registry is not None or key in found:
            continue
        kind = _evidence(doc, start, end)
        if kind is not None:
            found[key] = kind
    for key, kind in found.items():
        table.draft(key).type = kind  # type: ignore[assignment]
