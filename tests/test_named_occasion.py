"""Naming a thing as something is a speech act with a day of its own: "On Tuesday, X labelled
the vote as a farce. He said ..." dates his words that follow (sentences of our own; the
publication day is Friday 2025-03-14)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import dated_openings


@pytest.mark.parametrize(
    "naming",
    [
        "veteran senator Ilse Varga labelled the count as a disgrace",
        "veteran senator Ilse Varga described the recount as a charade",
        "veteran senator Ilse Varga branded the tally a fraud",
    ],
)
def test_a_dated_naming_dates_the_words_that_follow(extractor: Extractor, naming: str) -> None:
    text = (
        "Crowds marched through the capital on Sunday as the count went on.\n\n"
        f"On Tuesday, {naming}. Her remarks came after a week of unrest. "
        "She said the result had damaged trust in the courts.\n"
    )
    assert dated_openings(extractor, text)["the result h"] == "2025-03-11"


def test_a_naming_without_a_day_dates_nothing(extractor: Extractor) -> None:
    text = (
        "Veteran senator Ilse Varga labelled the count as a disgrace. Her remarks came after a "
        "week of unrest. She said the result had damaged trust in the courts.\n"
    )
    assert dated_openings(extractor, text)["the result h"] in (None, "2025-03-14")
