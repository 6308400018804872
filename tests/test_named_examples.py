"""A plural description that gives a named example speaks as that example: "international
observers like the Carter Center said", "rights groups such as Amnesty International said"."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speakers


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "International observers like the Halden Institute and local monitoring groups "
            "said the polls were free and fair.",
            "Halden Institute",
        ),
        (
            "Rights groups such as Amnesty International said the vote was flawed.",
            "Amnesty International",
        ),
    ],
)
def test_the_named_example_speaks(extractor: Extractor, sentence: str, who: str) -> None:
    text = "YANGON, Myanmar - Myanmar voted in November. " + sentence
    assert speakers(extractor, text) == [who]


def test_a_description_with_no_named_example_is_not_one(extractor: Extractor) -> None:
    text = "YANGON, Myanmar - Myanmar voted in November. Observers like these said the polls were calm."
    assert "Myanmar" not in speakers(extractor, text)
