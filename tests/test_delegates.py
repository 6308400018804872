"""People a body sends speak for it: "observers from the African Union said" (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Observers from the African Union said the vote was largely peaceful.", "African Union"),
        (
            "A delegation from the European Union told reporters that the count was transparent.",
            "European Union",
        ),
    ],
)
def test_delegates_of_a_body_speak_for_it(extractor: Extractor, text: str, speaker: str) -> None:
    result = extractor(Article("t", text))
    assert [result.actor(q.speaker).name for q in result.quotes] == [speaker]


def test_people_from_a_country_are_not_its_state(extractor: Extractor) -> None:
    result = extractor(Article("t", "Officials from Peru said the border was open."))
    assert [result.actor(q.speaker).type for q in result.quotes] != ["Country"]
