"""A "he" or "she" for the one person a sentence names.

"Police detained Tomas Lind. He said ...": a sentence opening with the pronoun right after one
naming a single person is about that person. "The result extends Tomas Berg's reign, although
he has said ...": a pronoun inside its sentence looks back within it first, to the one person
named before its own clause. Where two are named, the story's thread decides
(``speakers.SpeakerResolver.pronoun``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.coref import gender_of_pronoun, name_like
from graph.extract.lexicon import PRONOUNS
from graph.extract.nlp import text_of
from graph.extract.sentence_openers import opens_sentence

__all__ = ["one_person_before", "only_person_before"]


def only_person_before(
    table: ActorTable,
    pronoun: Any,
    hidden: Callable[[int, int], bool],
    known_genders: dict[str, str],
) -> str | None:
    """ "Police detained Tomas Lind. He said ...": a sentence opening with "he" or "she" right
    after one (in the same paragraph) naming a single person, subject or object, is about that
    person. ``hidden`` tells mentions inside quotations and reported speech."""
    sent = pronoun.sent
    if pronoun.lower_ not in ("he", "she") or not opens_sentence(pronoun, hidden) or not sent.start:
        return None
    before = pronoun.doc[sent.start - 1].sent
    # A paragraph break may be the trailing whitespace of the sentence before.
    gap = text_of(pronoun.doc)[before.start_char + len(before.text.rstrip()) : sent.start_char]
    if "\n" in gap:
        return None
    return _one_person_in(table, before.start_char, before.end_char, pronoun, hidden, known_genders)


def one_person_before(
    table: ActorTable,
    pronoun: Any,
    hidden: Callable[[int, int], bool],
    known_genders: dict[str, str],
) -> str | None:
    """ "The result extends Tomas Berg's reign, although he has said ...": a "he" or "she"
    that does not open its sentence looks back within it first (as Hobbs's search of the parse
    does) and is the one person named there before its own clause; with two, the story's
    thread decides."""
    if pronoun.lower_ not in ("he", "she") or opens_sentence(pronoun, hidden):
        return None
    # Not one named in the pronoun's own clause ("The ruling against X was unfair, she said",
    # "Asked about X, she said"): the sentence's other clause, before it, names its referent.
    own = pronoun.head
    start, end = pronoun.sent.start_char, own.left_edge.idx
    return _one_person_in(table, start, end, pronoun, hidden, known_genders)


def _one_person_in(
    table: ActorTable,
    start: int,
    end: int,
    pronoun: Any,
    hidden: Callable[[int, int], bool],
    known_genders: dict[str, str],
) -> str | None:
    """The one person named in ``[start, end)``, outside quotations and reported speech, of
    the pronoun's gender (made a person where the model took the name for a body), else None."""
    people = {
        k
        for s, e, k in table.keys_in(start, end)
        # A pronoun read earlier as someone names nobody: "He said ..." before "He told ...".
        # A person's name the model took for a body ("Johnetta Elzie") is one too.
        if (table.draft(k).type == "Person" or name_like(table, k))
        and not hidden(s, e)
        and table.text[s:e].lower() not in PRONOUNS
    }
    gender = gender_of_pronoun(pronoun.lower_)
    if len(people) != 1 or known_genders.get(next(iter(people)), gender) != gender:
        return None
    table.draft(key := people.pop()).type = "Person"
    return key
