"""Who "they" are when they speak: the people the sentence before was about.

"Organizers had expected 2,000 people. They later said 9,000 came." "Farmers blocked the ring
road on Monday. They said the tariff would ruin them." A plural "they" that reports takes the
people named in the plural as the main subject (or the passive's agent) of the sentence just
before, in its paragraph or the one above; not a place or a country mentioned on the way. When
that sentence's main subject is no one ("Marches went on as farmers ..."), the one people noun
that is the subject of one of its clauses.
"""

from __future__ import annotations

from typing import Any

from graph.extract.agents import agent_nouns
from graph.extract.lexicon import PEOPLE_NOUNS
from graph.extract.noun_speakers import SPEAKING_PEOPLE, people_taken_together

__all__ = ["people_before"]


def people_before(subject: Any) -> Any | None:
    """The plural people noun that "they" (``subject``) stands for, or None."""
    if subject.lower_ != "they":
        return None
    doc, sent = subject.doc, subject.sent
    # "They" must open its clause: the report's own subject, not "... after they met"; or
    # report inside a clause of a sentence whose main subject is people ("Monitors criticised
    # the poll, which they said was marred by fraud": the monitors).
    # Fronted adverbials leave "they" the main subject: "Late on Monday, after talks, they said".
    main = subject.dep_ == "nsubj" and subject.head.i == sent.root.i
    if not main and any(not (t.is_punct or t.is_space) for t in doc[sent.start : subject.i]):
        return _main_people(subject)
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if doc[before.end : sent.start].text.count("\n") > 2:
        return None
    root = before.root
    nouns = [c for c in root.children if c.dep_ == "nsubj"]
    agent = next((c for c in root.children if c.dep_ == "agent"), None)
    if agent is not None and any(c.dep_ == "nsubjpass" for c in root.children):
        nouns += [c for c in agent.children if c.dep_ == "pobj"]
    for noun in nouns:
        noun = _counted(noun)  # "Three of the five unions are striking. They said"
        if _people(noun):
            return noun
    if any(_someone(n) for n in nouns):
        return None  # a subject who is someone is whom the sentence is about
    # "Marches went on as opposition supporters stepped up their campaign. They say ...": with
    # a main subject that is no one, the one people noun subject of a clause in it.
    # Any other plural subject there ("... and truckers joined them") leaves it open.
    plural = [t for t in before if t.dep_ == "nsubj" and t.head.i != root.i and t.tag_ == "NNS"]
    one = len({t.lemma_.lower() for t in plural}) == 1
    return plural[0] if one and _people(plural[0]) else None


def _main_people(subject: Any) -> Any | None:
    """The plural people noun that is the main subject of the sentence "they" reports inside,
    written before it, when "they" is the subject of a reporting verb in a clause under it."""
    verb, root = subject.head, subject.sent.root
    # "pcomp": "voiced anger at what they say are flaws" (a free relative after a preposition)
    if verb.dep_ not in ("relcl", "advcl", "ccomp", "conj", "pcomp") or verb.i == root.i:
        return None
    mains = [c for c in root.children if c.dep_ == "nsubj" and c.i < subject.i]
    main = _counted(mains[0]) if len(mains) == 1 else None
    return main if main is not None and _people(main) else None


def _counted(noun: Any) -> Any:
    """The plural noun a number or quantifier subject counts ("three of the unions", "most of
    the parties" -> the plural), else itself."""
    if noun.tag_ != "CD" and noun.lower_ not in _PARTITIVES:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    plural = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return plural if plural is not None and plural.tag_ == "NNS" else noun


def _someone(noun: Any) -> bool:
    """A subject that may be an actor: a name, a pronoun, an agent ("Poland's government")."""
    return (
        noun.pos_ in ("PROPN", "PRON")
        or bool(noun.ent_type_)
        or noun.lemma_.lower() in agent_nouns()
        or any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in noun.children)
    )


def _people(noun: Any) -> bool:
    """A plural common noun for people ("organizers", "farmers", "a dozen protesters")."""
    if people_taken_together(noun):
        return True
    lemma = noun.lemma_.lower()
    return (
        noun.tag_ == "NNS"
        and noun.pos_ == "NOUN"
        and (
            lemma in PEOPLE_NOUNS
            or lemma in SPEAKING_PEOPLE
            or lemma in _SPEAKING_BODIES
            or noun.lower_ == "people"  # "Several thousand people protested against what they"
        )
    )


_PARTITIVES = frozenset({"most", "some", "many", "several", "all", "both", "few", "half"})
# Bodies that speak together as "they": "Three of the unions are striking. They said ..."
_SPEAKING_BODIES = frozenset(
    {"union", "federation", "association", "confederation", "league", "party", "coalition"}
    | {"alliance", "organisation", "organization", "group"}
)
