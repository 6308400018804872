"""A nationality, faith or party adjective standing for its people, state or party.

"The Bahraini monarchy accuses Iran", "American support", "the Republican convention's
attack", "Chinese power plants": news names a country, a people or a party by its adjective
as often as by its name, and the adjective is then the one who acts, supports or is blamed.
The model tags the adjective NORP. Where it qualifies a noun that takes part in a clause
(subject, object, object of a preposition, possessor, or a conjunct of one), the adjective is a
mention of its country (the gazetteer: "American" is the United States) or, for a party, faith
or people with no country ("Republican", "Hindu"), of the group named by the adjective (one
actor with the plural the article writes, "Republicans", when it writes it), except one of
them written with an indefinite article ("a Catholic priest").

Not an actor: the adjective of a word that is itself a name or a title before one ("Republican
Senator Susan Collins", "fellow Democrat Bernie Sanders": the person acts), an adjective that
is part of a longer name ("Islamic State"), a language ("speaks Spanish"), nationality nouns
standing alone ("an American was hurt") or before one person's noun ("an Iranian diplomat",
"his Bolivian counterpart": descriptions of someone, left to agents and targets), and
an adjective in a sentence that names no other actor ("Norwegian salmon prices rose"): it is
set against nobody, so no stance or event needs it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import agent_nouns, country_named
from graph.extract.lexicon import GROUP_NOUNS, ROLE_NOUNS
from graph.extract.nlp import text_of
from graph.extract.person_titles import one_person_nouns

__all__ = ["people_adjectives", "people_nouns", "state_by_people"]

# A clause participant: the noun the adjective qualifies takes part as one of these.
_PARTICIPANT = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent", "dative", "attr"))
_QUALIFIER = frozenset(("amod", "compound", "nmod"))
_STATES = frozenset(("state", "republic", "kingdom", "nation", "emirate", "caliphate"))


def people_adjectives(doc: Any, table: ActorTable) -> None:
    """Mark each nationality, faith or party adjective that stands for its people (see above).

    Runs after the named entities, agents and people groups: a word already in a mention
    ("the Syrian government", "Republican lawmakers") keeps its actor.
    """
    for words in _adjectives(doc):
        last = words[-1]
        first = last  # "U.S. and European forces": the first of coordinated qualifiers
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        noun = first.head
        if (country := state_by_people(words)) is not None:
            table.add_adjective(words[0].idx, last.idx + len(last.text), country, "Country")
            continue  # "The Dutch barred the minister": the people's state acts
        if first.dep_ not in _QUALIFIER or noun.i <= last.i or noun.pos_ != "NOUN":
            continue
        noun = _phrase_head(noun)  # "Yemeni government soldiers": the soldiers take part
        if any(t.ent_type_ and t.ent_type_ != "NORP" for t in doc[last.i + 1 : noun.i + 1]):
            continue  # "American allies Saudi Arabia": a description of a name
        if not noun.text.islower() or not _participates(noun):
            continue  # "Republican Senator Susan Collins": a title of someone named
        if noun.tag_ == "NN" and noun.lemma_.lower() in one_person_nouns():
            continue  # "his Bolivian counterpart", "an Iranian diplomat": one person
        if noun.lemma_.lower() in _STATES:
            continue  # "the Jewish state", "the Islamic republic": a state described, not a people
        start, end = words[0].idx, last.idx + len(last.text)
        if table.key_at(start, end):
            continue
        sent = last.sent
        if not table.keys_in(sent.start_char, sent.end_char):
            continue  # "Norwegian salmon prices rose": set against nobody, it stands for no one
        written = text_of(doc)[start:end]
        country = country_named(written)
        if country is None and _one_of_them(noun):
            continue  # "a Catholic priest": one of the faith, not the faith
        if country is not None:
            table.add_adjective(start, end, country.name, "Country")
        elif table.resolve_name(written) is not None:
            table.add_adjective(start, end, written, "Group")  # a group named so already
        else:
            table.add_adjective(start, end, _plural(written), "Group")


_QUALIFIED = frozenset({"compound", "amod", "prep", "acl", "relcl"})


def state_by_people(words: list[Any]) -> str | None:
    """The country whose people "the" and its adjective name as a subject or an object of a
    verb ("The Dutch barred ...", "condemned by the French"): the state acting, as news writes
    it, or None. Only a people's word that is its adjective ("Dutch", "Swiss"; not "Syrians", a
    group of people), standing alone with "the" before it and nothing qualifying it, is read so."""
    word = words[0]
    doc = word.doc
    if len(words) != 1 or word.i == 0 or doc[word.i - 1].lower_ != "the":
        return None
    first = word
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "the British and the French condemned ..."
    if first.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "agent"):
        return None
    if any(c.dep_ in _QUALIFIED for c in word.children) or word.head.pos_ == "NOUN":
        return None  # "the Chinese in Norland", "the Chinese living abroad": people, no state
    country = country_named(word.text)
    return country.name if country is not None and word.text == country.adjective else None


def _adjectives(doc: Any) -> list[list[Any]]:
    """The words of each nationality, faith or party adjective: the model's NORP entities, and
    a capitalised word it left untagged that the gazetteer knows as a country's adjective."""
    found = []
    for ent in doc.ents:
        words = [t for t in ent if t.lower_ != "the"]
        if ent.label_ == "NORP" and words and all(t.text[:1].isupper() for t in words):
            found.append(words)
    for token in doc:
        if (
            not token.ent_type_
            and token.tag_ in ("NNP", "JJ")
            and token.text[:1].isupper()
            and country_named(token.text) is not None
        ):
            found.append([token])  # "The Bahraini monarchy": no entity, a country's adjective
    return found


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Nouns of people a nationality, religion or party may qualify (singular lemmas)."""
    text = resources.files("graph").joinpath("data", "people_nouns.tsv").read_text("utf-8")
    own = {line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"}
    return frozenset({*ROLE_NOUNS, *GROUP_NOUNS, *agent_nouns(), *own})


def _phrase_head(noun: Any) -> Any:
    """The head of a run of lowercase nouns the first qualifies as a compound: the parse hangs
    the adjective on the first ("Yemeni government" in "Yemeni government soldiers"), whose
    head noun is the one taking part in the clause."""
    while (
        noun.dep_ == "compound"
        and noun.head.i > noun.i
        and noun.head.pos_ == "NOUN"
        and noun.head.text.islower()
    ):
        noun = noun.head
    return noun


def _one_of_them(noun: Any) -> bool:
    """A singular noun with an indefinite article: one person or thing ("a Catholic priest")."""
    return noun.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children
    )


def _participates(token: Any) -> bool:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ in _PARTICIPANT


def _plural(word: str) -> str:
    """The people an adjective names: "Republican" -> "Republicans", "Hindu" -> "Hindus";
    "Democratic" -> "Democrats", "Tory" -> "Tories"; others stay as written ("Islamic", "Jewish")."""
    if word.endswith("cratic"):
        return word.removesuffix("ic") + "s"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"  # "Tory" -> "Tories"
    return word + "s" if word.endswith(("an", "ist", "u", "i")) else word
