"""A "he" or "she" inside a sentence for the one person that sentence names before it.

"The result extends Tomas Berg's reign, although he has said he will step down": a pronoun that
does not open its sentence looks back within it first (as a reader does, and as Hobbs's search
of the parse does), where one person is named; the subject of the sentence before ("Ana Ruiz
said ...") is not who it means. With two people named before it the sentence says nothing of
which, and the story's thread decides, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.coref import gender_of_pronoun, name_like
from graph.extract.lexicon import PRONOUNS
from graph.extract.sentence_openers import opens_sentence

__all__ = ["one_person_before"]


def one_person_before(
    table: ActorTable,
    pronoun: Any,
    hidden: Callable[[int, int], bool],
    genders: dict[str, str],
) -> str | None:
    """The one person named before ``pronoun`` in its sentence, outside quotations and
    reported speech, of its gender, when it does not open the sentence; else None."""
    if pronoun.lower_ not in ("he", "she") or opens_sentence(pronoun, hidden):
        return None
    sent = pronoun.sent
    people = {
        k
        for s, e, k in table.keys_in(sent.start_char, pronoun.idx)
        if (table.draft(k).type == "Person" or name_like(table, k))
        and not hidden(s, e)
        and table.text[s:e].lower() not in PRONOUNS
    }
    gender = gender_of_pronoun(pronoun.lower_)
    if len(people) != 1 or genders.get(next(iter(people)), gender) != gender:
        return None
    return people.pop()
