"""A pronoun is never a name: "He" opening a sentence is a mention of the person, not an alias."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from graph.names import is_pronoun


def test_a_sentence_initial_pronoun_is_a_mention_and_no_alias(extractor: Extractor) -> None:
    text = (
        "Opposition leader Tom Keane rejected the count on Monday.\n\n"
        '"We will fight this in the courts," he said.\n\n'
        "He urged his supporters to stay calm. She, the party's deputy, was not reached."
    )
    result = extractor(Article("t", text))
    keane = next(a for a in result.actors if a.name == "Tom Keane")
    assert "He" in {m.text for m in keane.mentions}
    assert not any(is_pronoun(alias) for alias in keane.aliases)
    assert all(not is_pronoun(alias) for actor in result.actors for alias in actor.aliases)
    # Keane's quote is still his: the pronoun resolves, it just names nobody.
    assert {q.speaker for q in result.quotes} == {keane.id}
