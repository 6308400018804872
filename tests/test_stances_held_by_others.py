"""In a quotation, a stance held by someone the speaker names is not the speaker's: the subject
of a "that" clause ("artists that support X"), the owner of a stance noun ("her support for X")
(sentences of our own)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples as _stances


def test_a_that_clause_is_not_the_speakers_stance(extractor: Extractor) -> None:
    text = (
        "“We will no longer hire singers or orchestras that support Karl Moss,” "
        "Ana Lind, the director of the opera house, said."
    )
    assert ("Ana Lind", "support", "Karl Moss") not in _stances(extractor, text)


def test_a_stance_noun_someone_else_owns_is_not_the_speakers(extractor: Extractor) -> None:
    text = "“Her support for Karl Moss is a disgrace,” Ana Lind said of the singer Mia Holt."
    assert ("Ana Lind", "support", "Karl Moss") not in _stances(extractor, text)


def test_the_speakers_own_stance_noun_still_counts(extractor: Extractor) -> None:
    text = "“Our support for Karl Moss is total,” Ana Lind said."
    assert ("Ana Lind", "support", "Karl Moss") in _stances(extractor, text)
