"""An infinitive of saying under an adjective with the empty subject "it" (sentences of our
own): "It is too early to say who ...", "it is hard to tell whether ..." name no one saying
anything, so no statement is drawn from them; "X was quick to say that ..." is X's."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said


@pytest.mark.parametrize(
    "sentence",
    [
        "It is too early to say who will sit in the next cabinet, and the bargaining between "
        "the three blocs could drag on for months if the count is contested.",
        "It is hard to tell whether the new levy on imported grain will survive the autumn "
        "session of parliament.",
    ],
)
def test_an_impersonal_infinitive_of_saying_has_no_speaker(
    extractor: Extractor, sentence: str
) -> None:
    text = "The Green Union is leading in four provinces, and its edge is 4,000 votes.\n\n"
    assert said(extractor, text + sentence) == []


def test_a_person_quick_to_say_still_says_it(extractor: Extractor) -> None:
    found = said(extractor, "Senator Ruth Vance was quick to say that the plan had failed.")
    assert [(name, q.span.text) for name, q in found] == [("Ruth Vance", "the plan had failed")]
