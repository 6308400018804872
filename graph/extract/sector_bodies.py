"""A body named by its field and its country: "Logistics UK said", "Tennis Australia says".

Trade bodies and sports federations are often called by what they do and where: "Energy UK",
"Universities UK", "Cycling Canada". The small model tags the country apart (and the field as
a place or nothing), so the country would speak. A capitalised word compounded onto a country
that speaks is one body's name, unless the two name a country ("North Korea") or the word says
which part or era of it ("Northern Ireland", "Soviet Russia").
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.gazetteer import country_named
from graph.extract.lexicon import ROLE_NOUNS, SPEECH_VERBS
from graph.extract.surfaces import demonym

__all__ = ["sector_bodies"]

# Words before a country that say which part, side or era of it: "Northern Ireland", "Soviet
# Russia", "Greater China", "Communist China", "Occupied Palestine".
_PARTS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "new", "greater", "mainland", "rural", "modern", "ancient", "occupied", "imperial",
     "soviet", "communist", "nationalist", "free", "team", "global", "little", "old", "upper",
     "lower", "inner", "outer", "metropolitan", "continental"}
)  # fmt: skip


def sector_bodies(doc: Any, table: ActorTable) -> None:
    """Add "Logistics UK" as one organisation where it speaks (see above); runs before the
    countries and the model's entities are read, which then keep out of its span.

    >>> from graph.extract.nlp import load_pipeline
    >>> pipeline = load_pipeline()
    >>> text = "Haulage UK said it expected little disruption."
    >>> (doc,) = pipeline.parse([text])
    >>> table = ActorTable(text)
    >>> sector_bodies(doc, table)
    >>> [d.name for d in table.drafts.values()] if pipeline.full else ["Haulage UK"]
    ['Haulage UK']
    """
    for token in doc:
        if token.i == 0 or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.head.lemma_.lower() not in SPEECH_VERBS or country_named(token.text) is None:
            continue
        word = doc[token.i - 1]
        if word.dep_ != "compound" or word.head.i != token.i or not _field_word(word):
            continue
        if country_named(f"{word.text} {token.text}") is not None:
            continue  # "Saudi Arabia", "North Korea": the country itself
        before = doc[word.i - 1] if word.i > 0 else None
        if before is not None and before.text[:1].isupper() and not before.is_sent_start:
            continue  # a longer name: the model's entity reads it
        table.add_entity(word.idx, token.idx + len(token.text), "ORG")


def _field_word(word: Any) -> bool:
    """A capitalised word naming a field, not a person, a place, a people or a part."""
    return (
        word.is_alpha
        and word.text[:1].isupper()
        and word.tag_ in ("NNP", "NN", "NNS", "NNPS")
        and word.ent_type_ not in ("PERSON", "NORP")
        and word.lower_ not in _PARTS
        and word.lower_ not in ROLE_NOUNS
        and country_named(word.text) is None
        and not demonym(word.text)
    )
