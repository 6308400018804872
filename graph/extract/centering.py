"""A reporting "he" or "she" opening its sentence continues the subject of the sentence before.

Centering: "But the party's secretary general, Labour Minister Jan Brod, accused Marek of
lying. “…,” he said." — "he" is Brod, the subject, not Marek, the object, even when Brod only
becomes an actor once his apposition is read. The subject counts when the words name the
person: a name, a name in apposition ("the chairman, Jan Brod"), or a description whose role
word is written next to one person only ("party founder Anton Vesely ... the party founder
nominated Dorn. He maintained ..."), or the same pronoun reporting there ("He noted that the
governor admitted ... . “…,” he said": the one who noted). Another pronoun, a body or an unnamed description ("The judge
sentenced Lind. He said ...") leaves the choice to the usual rules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from graph.extract.actors import ActorTable
from graph.extract.coref import gender_of_pronoun
from graph.extract.furniture import in_unstopped_line
from graph.extract.lexicon import PRONOUNS
from graph.extract.nlp import text_of
from graph.extract.person_titles import one_person_singulars
from graph.extract.sentence_openers import opens_sentence
from graph.extract.syntax import subjects_of

__all__ = ["one_who_acted", "subject_before"]

Token = Any  # spaCy Token; typed loosely so this layer imports no spaCy
_BACK = 4  # sentences back over quoted ones ("“…. …,” he said": the quote's own sentences)


class _Resolver(Protocol):
    table: ActorTable
    genders: dict[str, str]
    history: list[tuple[int, str]]

    def named(self, subject: Token) -> str | None: ...

    def resolve(self, subject: Token) -> str | None: ...

    def role(
        self, low: str, lemma: str, offset: int, *, guess: bool = True, owner: str = ""
    ) -> str | None: ...

    def _hidden(self, start: int, end: int) -> bool: ...

    def _recent(
        self,
        wanted: Any,
        offset: int,
        *,
        mentions: bool = True,
        fits: Any = None,
        since: int = 0,
    ) -> str | None: ...


def subject_before(pronoun: Token, resolver: _Resolver) -> str | None:
    """The person the sentence before names as its subject, for a "he"/"she" opening its
    sentence (quotations before it aside), or None."""
    gender = gender_of_pronoun(pronoun.lower_)
    if pronoun.lower_ not in ("he", "she") or not _leads(pronoun, resolver._hidden):
        return None
    before = _sentence_before(pronoun, resolver._hidden, resolver.table.text)
    if before is None:
        return None
    # The main clause's subject, else the one person among its joined clauses' subjects
    # ("Leaders are coming in ... and MP Ana Ruiz took a dig at X. Taking to Twitter, she said").
    clauses = [before.root, *(c for c in before.root.children if c.dep_ == "conj")]
    if before.root.pos_ == "PROPN" and (named := _person(before.root, resolver, gender)):
        return named  # "Ruiz, whose rule has ..., celebrated": the parser made the name the root
    # "He noted that the governor admitted ... . “…,” he said": the same pronoun reporting in
    # the main clause before goes on (its speaker), not one reported inside its words.
    # So does one unnamed holder of a role who spoke there ("A spokesman for X said ... . He
    # said ...": whoever the spokesman's words were given to).
    main = _own_subjects(before.root, before)
    if main and (main[0].lower_ == pronoun.lower_ or _one_unnamed(main[0], gender)):
        spoke = [key for at, key in resolver.history if at == before.root.idx]
        if spoke:
            return spoke[-1]
    if main and main[0].lower_ == pronoun.lower_ and (back := subject_before(main[0], resolver)):
        # "X said ... . He thanked his supporters. “…,” he said": the same pronoun acting in
        # the sentence before is the one that sentence's own pronoun goes back to.
        return back
    found = [_person(s, resolver, gender) for verb in clauses for s in _own_subjects(verb, before)]
    if found and found[0] is not None:
        return found[0]
    people = {k for k in found if k is not None}
    if not people:  # "X's words puzzled Y, who leapt to Z's defence. “…,” he told ...": Y
        people = {_person(o, resolver, gender) for o in _acting_objects(before.root)} - {None}
    return people.pop() if len(people) == 1 else None


def _one_unnamed(subject: Token, gender: str | None) -> bool:
    """Whether ``subject`` is an unnamed holder of a one-person role ("a spokesman", "the
    official") that the pronoun's gender fits ("he" is no "spokeswoman")."""
    lemma = subject.lemma_.lower()
    if subject.tag_ != "NN" or lemma not in one_person_singulars():
        return False
    if any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in subject.children):
        return False  # "spokesman Ivo Lang": a name, read as names are
    woman = lemma.endswith("woman")
    return not (
        (gender == "male" and woman) or (gender == "female" and lemma.endswith("man") and not woman)
    )


def _acting_objects(verb: Token) -> list[Token]:
    """The verb's objects that a "who" clause goes on to tell acting ("puzzled Y, who leapt
    to ..."): the new topic the next sentence's pronoun continues."""
    return [
        o
        for o in verb.children
        if o.dep_ == "dobj" and any(r.dep_ == "relcl" and r.i > o.i and _who(r) for r in o.children)
    ]


def _who(clause: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)


def _own_subjects(verb: Token, sent: Any) -> list[Token]:
    found = [s for s in subjects_of(verb, climb=False) if s.i >= sent.start]
    return found[:1] if verb.pos_ in ("VERB", "AUX") else []


def _person(subject: Token, resolver: _Resolver, gender: str | None) -> str | None:
    """The person a clause subject names (a name, an apposed name, a role written next to one
    person), fitting the pronoun's gender, or None."""
    table = resolver.table
    if subject.lower_ in PRONOUNS or resolver._hidden(subject.idx, subject.idx + len(subject.text)):
        return None
    # A name the model did not tag ("MP Shashi Tharoor took ...") is read as a subject is.
    key = resolver.resolve(subject) if subject.pos_ == "PROPN" else resolver.named(subject)
    key = key if key is not None and table.is_named(key) else None
    if key is None and subject.pos_ == "NOUN" and subject.tag_ == "NN":
        key = resolver.role(subject.lower_, subject.lemma_.lower(), subject.idx, guess=False)
    if key is None or table.draft(key).type != "Person":
        return None
    return key if resolver.genders.get(key, gender) == gender else None


def _leads(pronoun: Token, hidden: Callable[[int, int], bool]) -> bool:
    """The pronoun opens its sentence (quotations aside), or is the main clause's subject after
    an opening adjunct ("Taking to Twitter, he said")."""
    if opens_sentence(pronoun, hidden):
        return True
    sent = pronoun.sent
    return (
        pronoun.dep_ == "nsubj"
        and pronoun.head.i == sent.root.i
        and any(t.text == "," for t in pronoun.doc[sent.start : pronoun.i])
    )


def _sentence_before(
    pronoun: Token, hidden: Callable[[int, int], bool], written: str
) -> Any | None:
    """The nearest sentence before the pronoun's that is not all quotation nor a caption or
    heading of the article as ``written``, at most one blank line above it."""
    doc, sent = pronoun.doc, pronoun.sent
    text = text_of(doc)
    for _ in range(_BACK):
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        if text[before.start_char + len(before.text.rstrip()) : sent.start_char].count("\n") > 2:
            return None
        if not hidden(before.root.idx, before.root.idx + len(before.root.text)) and not (
            in_unstopped_line(written, before.root.idx)  # a caption or heading: passed by
        ):
            return before
        sent = before
    return None


def one_who_acted(resolver: _Resolver, holders: set[str], offset: int) -> str | None:
    """Of the people a role was written with before ``offset``, the one who spoke or acted
    (not merely named): "Greek Prime Minister X expressed ... with British Prime Minister Y ...
    the prime minister said" is X; when more than one acted, or none, nobody (issue 13.3)."""
    if len(holders) == 1:
        return next(iter(holders))
    acted = [
        k
        for k in holders
        if resolver._recent(_is_person, offset, mentions=False, fits=k.__eq__) is not None
    ]
    return acted[0] if len(acted) == 1 else None


def _is_person(type_: str) -> bool:
    return type_ == "Person"
