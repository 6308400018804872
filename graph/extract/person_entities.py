"""The model's entities, repaired: a long name cut in two or at its hyphen, an office's name cut
at its possessive.

One person's long name the model cut in two: "Mirza Fakhrul" + "Islam Alamgir".

The small model tags long names of four or five words, common in South Asian and Arabic
naming, as two people side by side ("secretary general Mirza Fakhrul Islam Alamgir said").
Two person entities that touch, with a single space between them and nothing else, three to
five words in all, every one a proper noun (so the first is no possessor, "Zia's"), are one
person's name: news never writes two people's names side by side without a comma or "and". A title leading the first
("Archbishop Philippe" + "Anselme Kodjo") stays out of the joined name, and a title or body
word anywhere else keeps the two apart.

A hyphenated given name the model cut at its hyphen ("Park Min" of "Park Min-soo") is whole,
and so is a name cut before its last word when that word is a proper noun the model left
untyped ("Cellou Dalein" of "Cellou Dalein Diallo declared"): a capitalised word written right
after a person's name, with one space and no comma, is more of the name, unless it is a title,
a body's word, a day or a month.

A surname the model tagged alone, often as a place ("Medina" of "Danilo Medina"), takes back the
given name written right before it: an untyped capitalised word, one space before, that is a
given name of the people in the Phoenix actor dictionary (``graph/data/given_names.txt``) makes
the two one person's name, unless the tagged word is a country.

An organisation the model tagged from an office's possessive ("General's Office" of "the
Attorney General's Office") takes back the title words before it.

A name the model tags a person that a "which" clause describes ("Rio Tinto, which had approval
to blast the site, said") is a body's: people take "who".
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span

from graph.extract.dates import MONTHS, WEEKDAYS
from graph.extract.gazetteer import country_named, given_names
from graph.extract.surfaces import title_or_body_word

__all__ = ["person_entities"]

_MOST_WORDS = 5  # a person's name is seldom longer


def person_entities(ents: Any) -> list[Any]:
    """The model's entities, each pair of touching person names joined into one (a nationality
    taken for a person is ``surfaces.demonym``'s, read where the table adds it)."""
    out: list[Any] = []
    for ent in ents:
        ent = _with_given_name(_with_office_title(ent))
        ent = _with_apostrophe_tail(_with_name_tail(_with_hyphen_tail(ent)))
        last = out[-1] if out else None
        words = _name_words(last, ent) if last is not None else []
        if words:
            out[-1] = Span(ent.doc, words[0].i, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _with_office_title(ent: Any) -> Any:
    """ "Attorney General's Office" tagged from "General": an organisation named by an office's
    possessive, the entity opening at the possessor, takes the title words before it that the
    parser joins to it (titles only: no person's name is pulled in)."""
    if ent.label_ != "ORG" or not any(c.tag_ == "POS" for c in ent[0].children):
        return ent
    start = ent.start
    while start > 0:
        word = ent.doc[start - 1]
        joined = word.dep_ == "compound" and ent.start <= word.head.i < ent.end
        if not (joined and word.tag_ == "NNP" and title_or_body_word(word.text)):
            break
        start -= 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


def _name_words(first: Any, second: Any) -> list[Any]:
    """The words of the one name two touching person entities make, or []."""
    if first.label_ != "PERSON" or second.label_ != "PERSON" or first.end != second.start:
        return []
    if first.doc.text[first.end_char : second.start_char] != " ":
        return []
    words = [*first, *second]
    while words and title_or_body_word(words[0].text):
        words.pop(0)  # "Archbishop Philippe": the name after the title
    proper = all(
        t.tag_ == "NNP" and t.text[:1].isupper() and not title_or_body_word(t.text) for t in words
    )
    if not proper or words[0].i >= first.end or not 2 < len(words) <= _MOST_WORDS:
        return []
    return words


def _with_name_tail(ent: Any) -> Any:
    """The person entity with the untyped proper noun written right after it ("Cellou Dalein"
    + "Diallo"), else the entity as it is."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc) or len(ent) >= _MOST_WORDS:
        return ent
    tail = doc[ent.end]
    if (
        doc[ent.end - 1].whitespace_ != " "
        or tail.ent_type_
        or tail.tag_ != "NNP"
        or not _capitalised(tail)
        or title_or_body_word(tail.text)
        or tail.lower_ in MONTHS
        or tail.lower_ in WEEKDAYS
    ):
        return ent
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


# A surname with an apostrophe between capitals ("O'Brien", "Yar'Adua", "D’Souza"), which the
# tagger often reads as a number or a symbol.
_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]{0,3}['’][A-Z][a-z]+")


def _with_apostrophe_tail(ent: Any) -> Any:
    """A given name the model tagged (as a person or, alone, a body) with the apostrophe surname
    written right after it ("Umaru" + "Yar'Adua"): one person's name; else the entity."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG") or len(ent) > 2 or ent.end >= len(doc):
        return ent
    tail = doc[ent.end]
    if (
        doc[ent.end - 1].whitespace_ != " "
        or tail.ent_type_
        or not _APOSTROPHE_NAME.fullmatch(tail.text)
    ):
        return ent
    if ent.label_ == "ORG" and (len(ent) > 1 or not re.fullmatch(r"[A-Z][a-z]+", ent.text)):
        return ent
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


def _with_hyphen_tail(ent: Any) -> Any:
    """The person entity with the lowercase part of a hyphenated name written right after it
    ("Park Min" + "-soo"), else the entity as it is."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end + 1 >= len(doc):
        return ent
    hyphen, tail = doc[ent.end], doc[ent.end + 1]
    joined = not doc[ent.end - 1].whitespace_ and not hyphen.whitespace_
    if hyphen.text != "-" or not joined or not (tail.is_alpha and tail.is_lower):
        return ent
    return Span(doc, ent.start, ent.end + 2, label="PERSON")


_SURNAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP"})


def _with_given_name(ent: Any) -> Any:
    """The entity of one surname with the untyped given name right before it ("Danilo" +
    "Medina", tagged a place): a person's name; else the entity as it is."""
    doc = ent.doc
    if ent.label_ not in _SURNAME_LABELS or len(ent) != 1 or ent.start == 0:
        return ent
    given, surname = doc[ent.start - 1], ent[0]
    if (
        given.ent_type_
        or given.whitespace_ != " "
        or not _capitalised(given)
        or not (given.lower_ in given_names() or _after_lower_title(ent))
        or not _capitalised(surname)
        or title_or_body_word(surname.text)
        or country_named(surname.text) is not None
    ):
        return ent
    return Span(doc, ent.start - 1, ent.end, label="PERSON")


def _after_lower_title(ent: Any) -> bool:
    """Whether a one-word name (the model's label aside) follows a capitalised word that a
    title written in lower case leads ("party spokesperson Given Chanda", "union leader Hope
    Banda"): a given name that is also a common word, which the model read as one ("given",
    "hope"). Not after a weekday or month, nor a title ("spokesperson President X")."""
    if ent.start < 2:
        return False
    title, given = ent.doc[ent.start - 2], ent.doc[ent.start - 1]
    return (
        title.is_lower
        and title.is_alpha
        and title_or_body_word(title.text)
        and not title_or_body_word(given.text)
        and given.lower_ not in WEEKDAYS
        and given.lower_ not in MONTHS
    )


def _capitalised(token: Any) -> bool:
    """A word of letters written with a capital and then lower case ("Medina", not "NATO")."""
    return token.is_alpha and token.text[:1].isupper() and token.text[1:2].islower()
