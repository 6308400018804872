"""A town named as where something happened ("after a rally in Dover") is no antecedent of a
"they" or "it" outside a quotation: with no body to stand for, the pronoun speaks for no one
(sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speakers


@pytest.mark.parametrize("pronoun", ["They", "It"])
def test_a_town_after_in_does_not_speak(extractor: Extractor, pronoun: str) -> None:
    text = (
        "“The tide is with us,” Ana Lind, the general secretary, said after a rally in "
        f"Tarvo.\n\nThe talks stalled on Friday. {pronoun} also said the strike would go on."
    )
    assert "Tarvo" not in speakers(extractor, text)


def test_a_town_opening_the_sentence_after_in_does_not_speak(extractor: Extractor) -> None:
    text = "In Tarvo, the talks stalled on Friday. It said the strike would go on."
    assert speakers(extractor, text) == []


def test_a_town_that_acts_may_still_speak(extractor: Extractor) -> None:
    text = "Tarvo council voted to close the port on Friday. It said the decision was final."
    assert speakers(extractor, text) == ["Tarvo"]  # the town's body, as the parser reads it
