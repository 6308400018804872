"""A title phrase the parser makes the subject stands for the person it ends with (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def _speakers(extractor: Extractor, text: str) -> list[str]:
    result = extractor(Article(id="t", text=text))
    names = {a.id: a.name for a in result.actors}
    return [names[q.speaker] for q in result.quotes if q.speaker in names]


@pytest.mark.parametrize(
    "text",
    [
        'Leader of the Opposition Tomas Berg (Green Alliance) said in the debate, "We will not '
        'vote for this bill."',
        "Leader of the Opposition Tomas Berg (Green Alliance) said on Monday that the bill was a "
        "mistake.",
    ],
)
def test_a_title_before_a_bracketed_party_names_the_person(extractor: Extractor, text: str) -> None:
    assert _speakers(extractor, text) == ["Tomas Berg"]


def test_someone_of_a_person_is_not_that_person(extractor: Extractor) -> None:
    text = "The lawyer of Tomas Berg said on Monday that the case was closed."
    assert "Tomas Berg" not in _speakers(extractor, text)
