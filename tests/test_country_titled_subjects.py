"""A country's name written onto a title with no comma ("Central African Republic (CAR)
Vice-President Ana Lind said") is the title's country: the person speaks, not the country
(sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speaker_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Democratic Republic of Congo (DRC) Prime Minister Ana Lind rejected the results on "
        "Monday and said she would use every legal avenue to fight them.",
        "Democratic Republic of Congo (DRC) Vice-President Ana Lind dismissed the tally on "
        "Monday and said she would go to court.",
        "Ghana Vice-President Ana Lind dismissed the tally on Monday and said she would go to "
        "court.",
    ],
)
def test_the_titled_person_speaks(extractor: Extractor, sentence: str) -> None:
    assert speaker_of(extractor, sentence, "she would") == "Ana Lind"


def test_a_country_with_a_person_set_off_by_commas_still_speaks(extractor: Extractor) -> None:
    text = (
        "Ghana, whose envoy Ana Lind had left the talks, said on Friday that it would take "
        "every legal step to overturn the count."
    )
    assert speaker_of(extractor, text, "it would take every legal step") == "Ghana"


def test_a_title_set_off_by_a_comma_leaves_the_country_speaking(extractor: Extractor) -> None:
    text = "Ghana, Vice-President Ana Lind said on Monday that it would appeal."
    assert speaker_of(extractor, text, "it would appeal") == "Ghana"
