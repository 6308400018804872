"""Possessives written without an apostrophe: "Myanmars government", "Trumps decision".

Text copied from feeds and web pages often loses its apostrophes, so "Myanmar's government"
arrives as "Myanmars government". The named-entity model then misses the name or reads it as
something else ("Britains" as a nationality), and a generic agent it owns ("government") finds
no country. A capitalised word ending in "s" that qualifies the noun after it is read as a
possessive when what is left without the "s" is a country's name in the gazetteer, or the name
or surname of an actor this article names already; nothing else is guessed (a plural such as
"Democrats" or "the Mets" before a noun reads the same way).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import country_named
from graph.extract.apostrophes import unknown_possessives
from graph.extract.dates import MONTHS
from graph.extract.peoples import people_nouns
from graph.extract.person_titles import one_person_nouns
from graph.extract.platforms import platform_label
from graph.extract.spaced_acronyms import spaced_acronyms
from graph.text import fold

__all__ = [
    "bare_countries",
    "bare_possessives",
    "employer_possessives",
    "entity_parts",
    "possessive_end",
]

# How a possessor hangs on the noun it qualifies in the small model's parse.
_QUALIFIER_DEPS = frozenset(("compound", "nmod", "poss", "amod", "nsubj"))
_NAME_TAGS = frozenset(("NNP", "NNPS", "NNS"))
_LONGEST = 3  # words of a country's name ("Central African Republic")


def bare_countries(doc: Any, table: ActorTable) -> None:
    """Mark each apostrophe-less possessive of a country ("Myanmars government").

    Runs before the named entities, which the model often gets wrong here ("Russias" as a
    person, "Britains" as a nationality; "U. S." as a person's initials): the mention is the name without its "s", so the
    country's actor is the gazetteer's, and a generic agent it owns finds its country.
    """
    for token in doc:
        if _possessive_form(token):
            start = _country(doc, token)
            end = token.idx + len(token.text) - 1
            if start is not None and not table.key_at(start, end):
                table.add_entity(start, end, "GPE")
    spaced_acronyms(table)  # "the U. S. government": a country the model reads as initials


def entity_parts(ent: Any, text: str) -> list[tuple[int, int, str]]:
    """A named entity's spans and labels: two where the model ran a possessor into the name.

    "Labour's Jeremy Corbyn" or "Vox's Emily Crockett" read as one name are the possessor
    (an organisation, or the country the gazetteer knows) and the name after it. A possessive
    inside a name stays ("Sudan People's Liberation Movement", "the Women's Institute").
    """
    end = possessive_end(ent, text)
    cut = next((t for t in ent[:-1] if t.tag_ == "POS" and t.i > ent.start), None)
    if cut is None or ent.label_ not in ("PERSON", "ORG"):
        return [(ent.start_char, end, platform_label(text[ent.start_char : end], ent.label_))]
    owner, rest = ent.doc[ent.start : cut.i], ent.doc[cut.i + 1 : ent.end]
    words = [t for t in owner if t.lower_ != "the"]
    country = country_named(owner.text) is not None
    tail = _name_tail(text, ent.end_char) if len(rest) == 1 and words else None
    if tail is not None and rest.text[:1].isupper() and rest.text.lower() not in one_person_nouns():
        # "President Ana Ruiz's Union| for the Popular Majority (UPM)": the model cut the
        # owned name after its first word; the owner, and the whole name after it (not a
        # title: "Ruiz's Minister| for Foreign Affairs Ivo Lang")
        owner_label = "GPE" if country else ent.label_
        return [(words[0].idx, owner.end_char, owner_label), (rest.start_char, tail, "ORG")]
    if words and ((len(rest) == 1 and _runs_on(ent, text)) or rest.text[:1].islower()):
        # "Mr Talaga's Samoa First party", "Paraguay's last-16 exit": the model ran the
        # possessor into the next name or into common words; the possessor alone is the name
        return [(words[0].idx, owner.end_char, "GPE" if country else ent.label_)]
    if (
        not words
        or len(rest) < 2  # "Uruguay's FA" is the federation: a title may follow ("president")
        or not all(t.text[:1].isupper() for t in (*words, *rest))
        or words[-1].tag_ in ("NNS", "NNPS")
        or words[-1].lower_ in _NAME_INSIDE
    ):
        return [(ent.start_char, end, ent.label_)]
    owner_label = "GPE" if country else "ORG"
    return [(words[0].idx, owner.end_char, owner_label), (rest.start_char, end, ent.label_)]


def _runs_on(ent: Any, text: str) -> bool:
    """Whether a capitalised word goes on right after the entity: its last word opens the
    next name ("Talaga's Samoa| First party"), not this one's."""
    return re.match(r" [A-Z][a-z]", text[ent.end_char : ent.end_char + 3]) is not None


# A name going on after its first word: "of"/"for" (and "the") then capitalised words.
_NAME_TAIL = re.compile(r" (?:of|for)(?: the)?(?: (?:and |of |for |the )?[A-Z][\w'’-]*)+")


def _name_tail(text: str, end: int) -> int | None:
    """Where a name cut at ``end`` really ends ("Union| for the Popular Majority"), or None."""
    match = _NAME_TAIL.match(text, end)
    return match.end() if match is not None else None


# Possessors that are part of a name ("People's", "Women's", "Children's", "Workers'").
_NAME_INSIDE = frozenset(("people", "women", "men", "children", "workers", "veterans", "farmers"))


def possessive_end(ent: Any, text: str) -> int:
    """Where a named entity ends, less the "s" of an apostrophe-less possessive.

    Only where the name is also written without the "s" in the article ("Donald Trump ...
    Trumps aides"): "Reuters report" or "Barclays chief" keep their "s".
    """
    last = ent[-1]
    end = ent.end_char
    if _possessive_form(last) and re.search(
        r"(?<![\w-])" + re.escape(last.text[:-1]) + r"(?![\w'’-])", text
    ):
        return end - 1
    return end


def bare_possessives(doc: Any, table: ActorTable) -> None:
    """Mark an untagged apostrophe-less possessive of an actor the article names ("Trumps").

    Runs after the named entities and surnames: the name without its "s" must be the name,
    alias or surname of one actor of the article.
    """
    for token in doc:
        if token.ent_type_ or not _possessive_form(token):
            continue
        end = token.idx + len(token.text) - 1
        if table.key_at(token.idx, end):
            continue
        key = _known(table, token.text[:-1])
        if key is not None:
            table.attach(key, token.idx, end)
    unknown_possessives(doc, table)  # "CNNs role": a possessor named nowhere else
    employer_possessives(doc, table)  # "CNNs Jake Tapper": the employer before a person


def employer_possessives(doc: Any, table: ActorTable) -> None:
    """Mark the untagged apostrophe-less possessor right before a person's full name.

    News introduces a reporter, analyst or player by the outlet, firm or team they work for:
    "CNN's Jake Tapper", "Sports Illustrated's Jake Fischer". Without its apostrophe the
    possessor ("CNNs", "Sports Illustrateds") is a capitalised word ending in "s" the model
    leaves untagged, hung on the name as a compound, so neither the possessive readers (they
    want a lowercase noun after it) nor the tagger make it an actor. It is an organisation:
    the word less its "s", with the capitalised untagged words before it ("Sports"). Not read
    so: a plural of people or a title ("Senators John Doe and ..."), a day or month, a tagged
    nationality or party ("Republicans Ted Cruz and ...", tagged NORP), a country (read by
    ``bare_countries``); a word opening the sentence, capitalised anyway ("Actress Amy Adams"),
    unless an acronym ("CNNs Jake Tapper"), or a word whose "s" may be its own ("Miss Jane
    Doe", "Reuters Jane Doe").
    """
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent.start == ent.sent.start:
            continue
        word = doc[ent.start - 1]
        text = word.text
        if word.ent_type_ or not (_WORD_S.fullmatch(text) or _ACRONYM_S.fullmatch(text)):
            continue
        if word.pos_ not in ("PROPN", "NOUN") or word.is_stop:
            continue  # "Perhaps Sarah Palin ...": an adverb opening the sentence
        if _not_a_name(text[:-1]):
            continue
        if text.endswith(_OWN_S):
            continue  # "Miss Jane Doe", "Reuters Jane Doe": no possessive "s" to cut
        stem = text[:-1]
        if word.i == ent.sent.start and not _ACRONYM_S.fullmatch(text):
            continue  # "Actress Amy Adams", "Producers X and Y": a title opening the sentence
        first = word
        while first.i > ent.sent.start and _owner_part(doc[first.i - 1]):
            first = doc[first.i - 1]
        if first.i == ent.sent.start and first.i != word.i:
            continue  # "Hollywood Producers X": capitalised anyway at the sentence's start
        start, end = first.idx, word.idx + len(stem)
        owner = table.text[start:end]
        if table.key_at(start, end) or country_named(owner) is not None:
            continue
        table.add_entity(start, end, "ORG")


_WORD_S = re.compile(r"[A-Z][a-z]{2,}s")
_ACRONYM_S = re.compile(r"[A-Z]{2,6}s")
_OWN_S = ("is", "us", "ss", "ers")  # "Miss", "Reuters": the word's own "s"


def _owner_part(word: Any) -> bool:
    """A capitalised untagged word of the possessor's name ("Sports" of "Sports Illustrateds")."""
    return (
        word.is_alpha
        and word.text[:1].isupper()
        and not word.ent_type_
        and word.pos_ == "PROPN"  # not "As" or "But" opening the sentence
    )


def _not_a_name(stem: str) -> bool:
    """A plural of people or of a title, a day or a month ("Senators", "Mondays")."""
    word = stem.lower()
    return word in people_nouns() or word in MONTHS or word in _DAYS or len(word) < 2


_DAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def _possessive_form(token: Any) -> bool:
    """A capitalised name ending in "s" that qualifies the noun after it."""
    text = token.text
    return not (
        len(text) < 4
        or text[-1] != "s"
        or text[-2] in "'’"
        or not text[0].isupper()
        or token.tag_ not in _NAME_TAGS
        or token.dep_ not in _QUALIFIER_DEPS
        or token.head.i <= token.i
        or token.head.pos_ not in ("NOUN", "PROPN")
        or _given_name(token)
    )


def _given_name(token: Any) -> bool:
    """Whether ``token`` opens a person's name the model tagged with the words after it:
    "Frances Fitzgerald" is no "France's Fitzgerald"."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.ent_type_ == "PERSON" and after is not None and after.ent_iob_ == "I"


def _country(doc: Any, token: Any) -> int | None:
    """Where the words ending at ``token``, less its "s", name a country (their start)."""
    for size in range(_LONGEST, 0, -1):
        first = token.i - size + 1
        if first < 0 or any(not t.text[:1].isupper() for t in doc[first : token.i + 1]):
            continue
        before = doc[first - 1] if first > 0 else None
        if before is not None and (before.lower_ == "the" or before.tag_ == "POS"):
            # "the Americas", "the Philippines": a name of its own; so after a possessive
            # ("the group's Americas director"): no possessive follows another
            continue
        words = doc[first : token.i + 1].text
        stem = words[:-1]
        if fold(stem) in _country_names() and country_named(words) is None:
            return doc[first].idx
    return None


def _known(table: ActorTable, stem: str) -> str | None:
    """The key of the one actor of the article named ``stem``, or whose surname it is."""
    key = table.resolve_name(stem)
    if key is None:
        owners = {
            k
            for k, d in table.drafts.items()
            if d.type == "Person" and " " in d.name and d.name.split()[-1] == stem
        }
        key = owners.pop() if len(owners) == 1 else None
    return key


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Folded names of the gazetteer's countries (not their adjectives: "Americans" is plural)."""
    text = resources.files("graph").joinpath("data", "countries.tsv").read_text("utf-8")
    names = set()
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        _code, name, _adjectives, others, *_ = line.split("\t")
        names |= {fold(n) for n in (name, *others.split("|")) if n}
    return frozenset(names)
