"""One unnamed person out of a number the text names: "one of the two officials told Reuters".

The speaker is that one person, described by the phrase, not the group nor the body the
people serve, and not anyone named before (an anonymous source stays anonymous).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable, clean_name
from graph.extract.lexicon import PEOPLE_NOUNS, ROLE_NOUNS
from graph.extract.noun_speakers import SPEAKING_PEOPLE

__all__ = ["one_of_people"]

_PEOPLE = PEOPLE_NOUNS | ROLE_NOUNS | SPEAKING_PEOPLE


def one_of_people(table: ActorTable, subject: Any) -> str | None:
    """The description actor for "one of the <people>" as a reporting verb's subject, or None.

    The people are a plural noun for people ("officials", "protesters", "the two Hamas
    officials"), after "of" or "among".
    """
    if subject.lower_ != "one":
        return None
    people = [
        noun
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among")
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.tag_ == "NNS" and noun.lemma_.lower() in _PEOPLE
    ]
    if not people:
        return None
    # The mention is the word "one": a name inside the phrase ("Hamas") stays its own mention.
    start, last = subject.idx, people[0]
    name = clean_name(" ".join(table.text[start : last.idx + len(last.text)].split()))
    return table.add_group(start, start + len(subject.text), name, "Person", own=True)
