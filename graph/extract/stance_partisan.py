"""A stance written as a prefix: "anti-Dutch slogans", "a pro-Kagame rally", "anti-Acme protests".

"anti-" before a name or a nationality says its doer is against that actor, "pro-" that the doer
is for it. The doer is the one who shouts, stages or leads the thing so qualified (the subject of
the verb whose object it is), or the actor the phrase itself names ("pro-Rivera deputies of the
Unity Party"). Only a named actor is a target: "anti-government" or "pro-democracy" name none.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import country_named
from graph.extract.surnames import surname_owners

__all__ = ["PREFIXES", "named_by", "partisan"]

PREFIXES = {"anti": "oppose", "pro": "support"}


def partisan(token: Any, table: ActorTable) -> tuple[str, str, Any] | None:
    """For the prefix ``token`` ("anti" of "anti-Dutch"): (target actor key, polarity, the
    noun the prefixed word qualifies), or None when the word after it names no actor.

    >>> from graph.extract.nlp import load_pipeline
    >>> (doc,) = load_pipeline().parse(["Chile won. Crowds in Lima chanted anti-Chilean songs."])
    >>> table = ActorTable(doc.text)
    >>> chile = table.add_agent(0, 5, "Chile", "Country")
    >>> prefix = next(t for t in doc if t.lower_ == "anti")
    >>> key, polarity, noun = partisan(prefix, table)
    >>> (key == chile, polarity, noun.text)
    (True, 'oppose', 'songs')
    """
    polarity = PREFIXES.get(token.lower_)
    doc = token.doc
    if polarity is None or token.i + 2 >= len(doc) or token.whitespace_:
        return None
    hyphen, word = doc[token.i + 1], doc[token.i + 2]
    if hyphen.text != "-" or hyphen.whitespace_ or not word.text[:1].isupper():
        return None
    noun = word.head if word.head.i != word.i else token.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in (token.i, hyphen.i, word.i):
        return None
    key = named_by(word.text, table) or table.key_at(word.idx, word.idx + len(word.text))
    if key is None or key == table.key_at(noun.idx, noun.idx + len(noun.text)):
        return None  # "the anti-Chavez supporters" as one group: the name of no actor against
    return key, polarity, noun


def named_by(word: str, table: ActorTable) -> str | None:
    """The actor a bare word names ("pro-Acme", "Morales supporters"): its name, the country of
    a nationality ("anti-Dutch"), or the one person of that surname ("pro-Ibarra")."""
    key = table.resolve_name(word)
    if key is not None:
        return key
    country = country_named(word)
    if country is not None:
        return table.resolve_name(country.name)
    people = surname_owners(table).get(word, [])
    return people[0] if len(people) == 1 else None
