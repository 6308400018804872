"""A description and the name after it, parsed as two subjects of one verb; a plural
description and the named example it gives ("observers like the Carter Center said").

News opens a sentence with what a body is and then its name, one comma between and none
after: "Main opposition group, the Progress Party said ...", "Key rebel force, Unity Front
announced ...". The parser makes the description and the name two subjects of the verb rather
than a noun and its apposition, so the speaker read from the first subject is the bare
description ("Main opposition group"). The name is who speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.extract.actors import ActorTable

__all__ = ["named_example", "named_sibling"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def named_sibling(table: ActorTable, subject: Any) -> str | None:
    """The actor named by a second subject right after ``subject`` and a comma, when
    ``subject`` is a common-noun description: the name the description introduces."""
    if subject.pos_ != "NOUN" or subject.dep_ not in _SUBJECTS:
        return None
    doc, comma = subject.doc, subject.right_edge.i
    if doc[comma].text != ",":  # the parser may hang the comma on the description or not
        comma += 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    sibling = next(
        (c for c in subject.head.children if c.dep_ in _SUBJECTS and c.left_edge.i == comma + 1),
        None,
    )
    if sibling is None or sibling.head.i < sibling.i or not _adjacent(sibling):
        return None
    for token in (sibling, *(c for c in sibling.lefts if c.dep_ == "compound")):
        if token.pos_ != "PROPN" and not token.text[:1].isupper():
            continue
        key = table.key_at(token.idx, token.idx + len(token.text))
        if key is not None:
            return key
    return None


def _adjacent(sibling: Any) -> bool:
    """Only an auxiliary, an adverb or a negation between the name and its verb
    ("Unity Front has announced", "the party also said")."""
    between = sibling.doc[sibling.right_edge.i + 1 : sibling.head.i]
    return all(t.dep_ in ("aux", "advmod", "neg", "auxpass") for t in between)


def named_example(table: ActorTable, subject: Any) -> str | None:
    """The first named actor a plural description gives as its example ("international
    observers like the Carter Center and local groups said", "rights groups such as Amnesty
    International said"): the one the article names among those who speak."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NNS" or subject.dep_ not in _SUBJECTS:
        return None
    for prep in (c for c in subject.children if c.dep_ == "prep"):
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        if prep.lower_ != "like" and not such_as:
            continue
        for example in (c for c in prep.children if c.dep_ == "pobj"):
            key = table.key_at(example.idx, example.idx + len(example.text))
            if key is not None and table.is_named(key):
                return key
    return None
