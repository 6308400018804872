"""A person's name the model read as a place: extract.place_people (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "text",
    [
        'Acme chief executive Tomas Okafor disagreed with the ruling. "We intend to appeal," '
        "Okafor said.",
        'Tomas Okafor, Acme\'s chief executive, disagreed with the ruling. "We intend to appeal," '
        "he said.",
        'Votes for Tomas Okafor of the Democratic Alliance rose. "We intend to appeal," Okafor said.',
        'Tomas Okafor disagreed with the ruling. "We intend to appeal," Okafor said.',
    ],
)
def test_a_titled_name_is_a_person_not_a_country(extractor: Extractor, text: str) -> None:
    result = extractor(Article("t", text))
    okafor = [a for a in result.actors if a.name == "Tomas Okafor"]
    assert [a.type for a in okafor] == ["Person"]
    assert [result.actor(q.speaker).name for q in result.quotes] == ["Tomas Okafor"]
    assert not any(a.type == "Country" for a in result.actors)


def test_a_place_with_no_title_stays_no_person(extractor: Extractor) -> None:
    text = 'Lusaka, the capital, was calm on Monday. "We will build a road," Mayor Ana Lind said.'
    result = extractor(Article("t", text))
    assert [result.actor(q.speaker).name for q in result.quotes] == ["Ana Lind"]
    assert not any(a.name == "Lusaka" and a.type == "Person" for a in result.actors)
