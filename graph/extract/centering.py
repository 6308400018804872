"""A reporting "he" or "she" opening its sentence continues the subject of the sentence before.

Centering: "But the party's secretary general, Labour Minister Jan Brod, accused Marek of
lying. “…,” he said." — "he" is Brod, the subject, not Marek, the object, even when Brod only
becomes an actor once his apposition is read. The subject counts when the words name the
person: a name, a name in apposition ("the chairman, Jan Brod"), or a description whose role
word is written next to one person only ("party founder Anton Vesely ... the party founder
nominated Dorn. He maintained ..."). A pronoun, a body or an unnamed description ("The judge
sentenced Lind. He said ...") leaves the choice to the usual rules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from graph.extract.actors import ActorTable
from graph.extract.coref import gender_of_pronoun
from graph.extract.lexicon import PRONOUNS
from graph.extract.nlp import text_of
from graph.extract.sentence_openers import opens_sentence
from graph.extract.syntax import subjects_of

__all__ = ["subject_before"]

Token = Any  # spaCy Token; typed loosely so this layer imports no spaCy
_BACK = 4  # sentences back over quoted ones ("“…. …,” he said": the quote's own sentences)


class _Resolver(Protocol):
    table: ActorTable
    genders: dict[str, str]

    def named(self, subject: Token) -> str | None: ...

    def role(
        self, low: str, lemma: str, offset: int, *, guess: bool = True, owner: str = ""
    ) -> str | None: ...

    def _hidden(self, start: int, end: int) -> bool: ...


def subject_before(pronoun: Token, resolver: _Resolver) -> str | None:
    """The person the sentence before names as its subject, for a "he"/"she" opening its
    sentence (quotations before it aside), or None."""
    gender = gender_of_pronoun(pronoun.lower_)
    if pronoun.lower_ not in ("he", "she") or not opens_sentence(pronoun, resolver._hidden):
        return None
    before = _sentence_before(pronoun, resolver._hidden)
    if before is None:
        return None
    subjects = [s for s in subjects_of(before.root, climb=False) if s.i >= before.start]
    if not subjects or subjects[0].lower_ in PRONOUNS:
        return None
    subject, table = subjects[0], resolver.table
    if resolver._hidden(subject.idx, subject.idx + len(subject.text)):
        return None
    key = resolver.named(subject)
    key = key if key is not None and table.is_named(key) else None
    if key is None and subject.pos_ == "NOUN" and subject.tag_ == "NN":
        key = resolver.role(subject.lower_, subject.lemma_.lower(), subject.idx, guess=False)
    if key is None or table.draft(key).type != "Person":
        return None
    return key if resolver.genders.get(key, gender) == gender else None


def _sentence_before(pronoun: Token, hidden: Callable[[int, int], bool]) -> Any | None:
    """The nearest sentence before the pronoun's that is not all quotation, at most one blank
    line above it."""
    doc, sent = pronoun.doc, pronoun.sent
    text = text_of(doc)
    for _ in range(_BACK):
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        if text[before.start_char + len(before.text.rstrip()) : sent.start_char].count("\n") > 2:
            return None
        if not hidden(before.root.idx, before.root.idx + len(before.root.text)):
            return before
        sent = before
    return None
