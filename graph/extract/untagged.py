"""Actors the named-entity model misses: peoples and parties, and untagged surnames.

The small English model labels "Republicans", "Muslims" or "Syrians" NORP (nationalities,
religious and political groups), which is no actor type, and leaves many one-word surnames
untagged ("Trump praised ..."). Both are actors where they take part in a clause, found here
after the named entities and before the collective phrases.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.acronyms import untagged_acronyms
from graph.extract.actors import ActorTable, char_fold
from graph.extract.agents import country_named
from graph.extract.business_names import inner_capital
from graph.extract.country_bodies import country_bodies, owned_ministries, possessed_bodies
from graph.extract.full_names import untagged_full_names
from graph.extract.hyphen_names import hyphen_names
from graph.extract.institutions import lone_institutions
from graph.extract.laws import LAW_WORDS
from graph.extract.lexicon import (
    ACCUSATION_VERBS,
    OPPOSE_VERBS,
    ORG_NAME_ENDINGS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SUPPORT_VERBS,
)
from graph.extract.nationality_titles import nationality_heads, nationality_titled
from graph.extract.owned_bodies import owned_bodies, trade_unions
from graph.extract.party_titles import party_titled
from graph.extract.peoples import people_adjectives, people_nouns, state_by_people
from graph.extract.platforms import platform_label
from graph.extract.plural_surnames import plural_surnames
from graph.extract.surfaces import after_titles
from graph.extract.thing_bodies import thing_bodies, untagged_bodies

__all__ = ["group_entities", "misread_names", "untagged_names"]


# A group named by its people is an actor where it takes part in a clause: as subject, object,
# object of a preposition, possessor, or a conjunct or apposition of one.
_PARTICIPANT = frozenset(
    ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent", "dative", "attr", "appos")
)


def group_entities(doc: Any, table: ActorTable) -> None:
    """Nationalities, religions, parties and blocs named as people ("Republicans", "Muslim
    clerics", "Western nations").

    The model labels them NORP. A plural mention that is a clause participant is a group actor
    ("Americans", "Democrats", "Muslims"); so is a plural people noun it modifies ("Republican
    lawmakers", "Syrian refugees", "Shiite clerics", "European powers"), when that phrase is a
    participant: no bare collective, since it says whose people they are. The
    adjective of anything else ("Iranian missiles", "a Syrian town") is no actor, nor is one
    person written by their nationality ("an American was hurt"). Like other collectives they
    enter the result only when they speak, act or are a target.
    """
    for ent in _peoples(doc):
        root = ent.root
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        body = False
        if root.dep_ in ("amod", "compound") and root.head.i > root.i:
            root = root.head
            body = root.lemma_.lower() in _BODIES
            if (root.lemma_.lower() not in people_nouns() and not body) or root.pos_ != "NOUN":
                continue
            words = [*words, *(t for t in root.doc[ent.end : root.i + 1])]
        if not words or not _participates(root) or not (body or _plural(root)):
            continue
        if state_by_people(words) is not None:
            continue  # "The Chinese have criticised X": China (``people_adjectives``)
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        table.add_group(start, end, " ".join(t.text for t in words), "Group", own=True)
    people_adjectives(doc, table)  # "the Bahraini monarchy": the adjective for its people
    lone_institutions(doc, table)  # "Obama clashed with Congress": no country to anchor it


# Blocs named by an adjective the entity model leaves untagged: "Western nations", "Western
# powers" are a group as "European powers" is.
_BLOCS = frozenset({"Western"})


def _peoples(doc: Any) -> list[Any]:
    """The spans that name a people, a faith, a party or a bloc (NORP, or a bloc adjective)."""
    spans = [ent for ent in doc.ents if ent.label_ == "NORP"]
    return spans + [doc[t.i : t.i + 1] for t in doc if t.text in _BLOCS and not t.ent_type_]


def _participates(token: Any) -> bool:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ in _PARTICIPANT


def _plural(token: Any) -> bool:
    return token.tag_ in ("NNS", "NNPS") or "Number=Plur" in str(token.morph)


# Nouns of one body of people: a people, faith or party qualifying one names a group actor in
# the singular too ("the Republican establishment", "the Russian delegation").
_BODIES = frozenset(
    ("establishment", "entourage", "leadership", "delegation", "caucus", "community", "elite")
)


# Countries whose one-word name is also a person's or a place's within another country.
_NAMES_TOO = frozenset({"Jordan", "Chad", "Georgia", "Israel", "Cuba", "Kenya", "Niger", "Mali"})
# Where an untagged name takes part in a clause as one who acts or is acted on.
_AGENT_ROLES = frozenset(("nsubj", "nsubjpass", "dobj", "poss"))


def untagged_names(doc: Any, table: ActorTable) -> None:
    """A one-word name the model left untagged is a person when it acts in a clause.

    The small model misses surnames ("Trump praised ...", "... criticised Temer"): a
    capitalised singular proper noun, outside every entity, that is the subject, object or
    possessor of a verb, and is no country, month or day, is taken for a person's surname; so
    is such a word the tagger read as a common noun where its place makes it a name
    (``_name_read_as_noun``) or as a verb the parse makes a subject or object. Runs after the named entities and surnames, so a name already known keeps its actor.
    """
    hyphen_names(doc, table)  # "Inzamam-ul-Haq": one person, not "Inzamam" and "Haq"
    for token in doc:
        if token.ent_type_ or token.dep_ not in _AGENT_ROLES:
            continue
        if not _tagged_as_name(token):
            continue
        text = token.text
        business = inner_capital(text)  # "BioNTech said": a business, not a surname
        if len(text) < 3 or not text[0].isupper() or not (text[1:].islower() or business):
            continue
        head = token.head if token.dep_ != "poss" else token.head.head
        if head.pos_ != "VERB" or any(_name_part(c) for c in token.children):
            continue
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.rights):
            continue  # "Shadow Chancellor Ian Lee said": a title whose appositive is the person
        if country_named(text) is not None and text not in _NAMES_TOO:
            # "Nigeria recognised X" with "Nigeria" untagged: the country, never a person
            table.add_entity(token.idx, token.idx + len(text), "GPE")
            continue
        if country_named(text) is not None or text.lower() in _CALENDAR:
            continue
        # "Anglo advised ...": the first word of one organisation's name is that organisation.
        owner = _first_word_of(table, text)
        if owner is not None:
            table.attach(owner, token.idx, token.idx + len(text))
            continue
        label = "ORG" if business else platform_label(text, "PERSON")
        table.add_entity(token.idx, token.idx + len(text), label)
    plural_surnames(doc, table)  # "Cummings, who ...": a surname tagged as a plural noun
    untagged_acronyms(doc, table)  # "RT provides ...": an organisation the model left untagged
    thing_bodies(doc, table)  # "the Delta Cartel" read as a building: an organisation
    untagged_bodies(doc, table)  # "from the Dockers Guild" left untagged: an organisation
    titled_names(doc, table)
    untagged_full_names(doc, table)  # "Ana Ruiz blamed ...": a full name left untagged
    owned_bodies(doc, table)  # "the Workers' Party": a body named for its members
    trade_unions(doc, table)  # "the Halvor nurses union": the union of Halvor's nurses
    country_bodies(table)  # "a Chinese Foreign Ministry spokesman": China's ministry
    possessed_bodies(table)  # "Chile's Foreign Ministry": the Chilean Foreign Ministry
    owned_ministries(doc, table)  # "Poland's foreign ministry": the Polish foreign ministry


def titled_names(doc: Any, table: ActorTable) -> None:
    """A person's untagged name after a title phrase: "NDP Health Critic Ana Ruiz said".

    The model often tags no name after a party's acronym and a role title, and the parse hangs
    every word on the surname. The capitalised run before a speaker's or agent's surname is cut
    after its last title word (``after_titles``); two words or more left are the full name.
    """
    for token in doc:
        if token.ent_type_ or token.dep_ not in _AGENT_ROLES or token.tag_ != "NNP":
            continue
        first, place = token, False
        while first.i > token.sent.start:
            before = doc[first.i - 1]
            if _capital_part(before, token) and before.dep_ == "pobj":
                place = True  # "Governor of Lagos Ana Ruiz": the title's place is no part of it
                break
            if _capital_part(before, token):
                first = before
            elif _name_hyphen(doc, first.i - 1):
                first = doc[first.i - 2]  # "Babajide Sanwo-Olu": one surname
            else:
                break
        surface = table.text[first.idx : token.idx + len(token.text)]
        cut = after_titles(surface)
        titled = cut or place
        if titled and " " in surface[cut:] and not table.key_at(first.idx + cut, token.idx + 1):
            table.add_entity(first.idx + cut, token.idx + len(token.text), "PERSON")


def _name_hyphen(doc: Any, i: int) -> bool:
    """A hyphen glued between two capitalised words ("Sanwo-Olu", "Ocasio-Cortez")."""
    return (
        i > 0
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].text[:1].isupper()
        and doc[i - 1].is_alpha
    )


def _capital_part(word: Any, head: Any) -> bool:
    """A capitalised word of the phrase whose head is ``head`` ("Health" in "Health Critic")."""
    return word.text[:1].isupper() and word.is_alpha and head in word.ancestors


def _tagged_as_name(token: Any) -> bool:
    """A proper noun; a common noun in a name's place; or a word tagged as a verb the parse makes
    a subject or object ("Trump on Monday signed ...")."""
    if token.tag_ == "NNP":
        return True
    if token.tag_ == "NN":
        return _name_read_as_noun(token)
    return token.tag_ in ("VB", "VBP") and token.lower_ not in _NOBODY


def _name_read_as_noun(token: Any) -> bool:
    """A capitalised word the tagger read as a common noun that is a name by its place: inside
    a sentence with no determiner, or the first word, alone, of one who speaks ("Toycen said"),
    and no noun of people ("Police said", "Management said")."""
    if token.lower_ in people_nouns() or token.lower_ in _NOBODY:
        return False
    if any(c.dep_ in _NOUN_PHRASE for c in token.children):
        return False  # "Actor and director X", "Information security": a noun phrase
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and before.is_alpha and before.text.islower():
        return True
    return token.dep_ == "nsubj" and token.head.lemma_ in SPEECH_VERBS


_NOUN_PHRASE = frozenset(("det", "amod", "compound", "conj", "cc", "appos", "nummod", "poss"))
_NOBODY = frozenset(
    ("nobody", "somebody", "everybody", "anybody", "something", "everything", "nothing")
)


def _first_word_of(table: ActorTable, word: str) -> str | None:
    """The one organisation of the article whose name of several words starts with ``word``."""
    owners = {
        key
        for key, draft in table.drafts.items()
        if draft.type in ("Organization", "GovernmentBody")
        and " " in draft.name
        and draft.name.split()[0] == word
    }
    return owners.pop() if len(owners) == 1 else None


def misread_names(doc: Any, table: ActorTable) -> None:
    """Names the model read as something else, where the article shows whose they are.

    The full name of an actor found elsewhere in the article is that actor wherever it is
    written again, whatever label the model gave it there ("Anglo American" read as a
    nationality after "Anglo American's" was read as an organisation). A month name that is
    a surname ("Theresa May said", "Mrs May's plan") is a person where a first name or a
    title stands before it, or where it speaks.
    """
    _full_names_again(table)
    _norp_names(doc, table)
    _misread_labels(doc, table)
    for match in _MONTH_WORD.finditer(table.text):
        span = doc.char_span(*match.span())
        if span is None or span[0].tag_ != "NNP" or span[0].ent_type_ not in ("", "DATE"):
            continue
        token = span[0]
        follows = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.ent_iob_ == "I" or (follows is not None and follows.ent_iob_ == "I"):
            continue  # part of a longer date ("May 2026", "the May 3 vote")
        before = doc[token.i - 1] if token.i > 0 else None
        start = None
        if before is not None and before.tag_ == "NNP" and not before.ent_type_:
            if before.lower_.rstrip(".") in _TITLES or before.lower_ in ROLE_NOUNS:
                start = token.idx  # "Mrs May": the title is no part of the name
            elif before.text[:1].isupper() and before.text[1:].islower():
                start = before.idx  # "Theresa May"
        elif token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in SPEECH_VERBS:
            start = token.idx  # "May said"
        if start is not None:
            table.add_entity(start, token.idx + len(token.text), "PERSON")
    party_titled(table)  # "Republican Senator Ann Ruiz": the party word is the person's
    nationality_titled(table)  # "Turkish President Ana Soto": the adjective is the person's
    nationality_heads(doc, table)  # "the Mexican president": one person, by office


def _norp_names(doc: Any, table: ActorTable) -> None:
    """A nationality, faith or party word that begins a proper name is part of that
    organisation's name ("Islamic State", "Muslim Brotherhood"): the model tags the adjective
    NORP and leaves the name's last word untagged."""
    for ent in doc.ents:
        if ent.label_ != "NORP" or ent.root.dep_ != "compound":
            continue
        head = ent.root.head
        if head.i != ent.end or head.tag_ != "NNP" or head.ent_type_ or not head.text[:1].isupper():
            continue
        if country_named(head.text) is not None or head.lower_ in _CALENDAR:
            continue
        if head.lower_ in ROLE_NOUNS:
            continue  # "European Commissioner Ann Ruiz": a title before a person, no body's name
        words = [t for t in ent if t.lower_ != "the"]
        if words:
            table.add_entity(words[0].idx, head.idx + len(head.text), "ORG")


def _misread_labels(doc: Any, table: ActorTable) -> None:
    """A short capitalised name the model took for a work, product, facility, law or event is
    a person or an organisation where it says something or takes or meets a stance ("Hansen
    said", "Charter Communications attacked ...", "... criticised Cespedes")."""
    for ent in doc.ents:
        if ent.label_ not in _THING_LABELS or len(ent) > 4:
            continue
        words = [t for t in ent if t.lower_ != "the"]
        if not words or not all(t.text[:1].isupper() and t.is_alpha for t in words):
            continue
        root = ent.root
        if root.dep_ not in ("nsubj", "nsubjpass", "dobj") or root.head.pos_ != "VERB":
            continue
        verb = root.head.lemma_.lower()
        speaks = root.dep_ == "nsubj" and verb in SPEECH_VERBS
        if not speaks and verb not in SUPPORT_VERBS | OPPOSE_VERBS | ACCUSATION_VERBS:
            continue
        if any(country_named(t.text) for t in words) or words[-1].lower_ in LAW_WORDS:
            continue  # "Clean Rivers Act" is a law, whatever the verb does with it
        if len(words) == 1 and re.search(
            rf"[A-Z][\w.’'-]* {re.escape(words[0].text)}\b", table.text
        ):
            continue  # a surname of a fuller name: add_surnames gives it its person
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        named = after_titles(table.text[start:end])  # "Trade Commissioner Mette Lind tweeted"
        if named and words[-1].lower_ not in ORG_NAME_ENDINGS:
            table.add_entity(start + named, end, "PERSON")
            continue
        label = "ORG" if words[-1].lower_ in ORG_NAME_ENDINGS or len(words) > 3 else "PERSON"
        table.add_entity(start, end, label)


_THING_LABELS = frozenset(("WORK_OF_ART", "PRODUCT", "FAC", "LAW", "EVENT"))


def _full_names_again(table: ActorTable) -> None:
    """Mark each further occurrence of a named actor's full name (two words or more)."""
    names = {
        draft.name: key
        for key, draft in table.drafts.items()
        if key in table.named and " " in draft.name and draft.type != "Country"
    }
    for name, key in names.items():
        needle = char_fold(name)
        if table.folded.count(needle) <= len(table.draft(key).mentions):
            continue  # no occurrence left unmarked
        for match in re.finditer(r"(?<![\w-])" + re.escape(needle) + r"(?![\w-])", table.folded):
            if table.text[match.start()].isupper() and not table.key_at(*match.span()):
                table.attach(key, *match.span())


def _name_part(token: Any) -> bool:
    """A word written before a name as part of it ("Gen. Ocampo"), not a date ("Yesterday")."""
    return token.dep_ == "compound" and token.ent_type_ not in ("DATE", "TIME")


_CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_MONTHS = _CALENDAR - {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(m.title() for m in sorted(_MONTHS)) + r")\b")
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord"})
