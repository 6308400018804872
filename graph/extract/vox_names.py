"""A passer-by who gives a name: "a woman who gave her name only as Maria said" is Maria.

News quotes people met in the street by a description ("one resident", "a voter") and, when they
give one, a name written inside that description: "named Clay", "who gave her name as Maria",
"who identified himself only as Tom". The name is the speaker's: a person of their own, no
one else in the story. Without a name, the passer-by speaks as their description, and is no
node of the stance network: "a woman" is nobody in particular across stories.
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import ONE_OF_MANY, PEOPLE_NOUNS

__all__ = ["given_name", "passer_by"]

_GIVING = frozenset({"name", "named", "called", "identify", "identified"})


def given_name(subject: Any) -> tuple[int, int] | None:
    """The character span of a name the subject's own phrase gives its person, or None.

    The name is a run of capitalised proper nouns right after "named" or "called", or after
    "as" following "name" or "identified" ("gave her name as", "identified himself only as").
    """
    tokens = list(subject.subtree)
    for i, tok in enumerate(tokens):
        low = tok.lower_
        if low not in _GIVING and tok.lemma_.lower() not in _GIVING:
            continue
        if any(c.dep_ == "nsubj" and c.lower_ not in ("who", "that") for c in tok.children):
            continue  # "the ministry, which called the vote flawed": a verdict, not a name
        rest = tokens[i + 1 :]
        if low not in ("named", "called"):  # "gave her name as", "identified himself as"
            at = next((j for j, t in enumerate(rest[:6]) if t.lower_ == "as"), None)
            if at is None:
                continue
            rest = rest[at + 1 :]
        while rest and rest[0].lower_ in ("only", "just", "a", "an"):
            rest = rest[1:]
        run = []
        for t in rest:
            if t.pos_ == "PROPN" and t.text[:1].isupper():
                run.append(t)
            else:
                break
        if run and len(run) <= 3:
            return run[0].idx, run[-1].idx + len(run[-1].text)
    return None


def passer_by(subject: Any, determiner: str | None, named: bool) -> bool:
    """Whether the speaker is one unnamed person known by an indefinite people noun ("a woman",
    "one shopper"), who may speak but is no node of the network."""
    counted = any(c.dep_ in ("det", "nummod") and c.lower_ in ONE_OF_MANY for c in subject.children)
    return (
        not named
        and ((determiner or "").lower() in ONE_OF_MANY or counted)
        and subject.tag_ == "NN"
        and subject.lemma_.lower() in PEOPLE_NOUNS
    )
