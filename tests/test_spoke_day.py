""" "He spoke on Monday" after someone's words dates them (sentences of our own): the occasion
told after the statement, as "made the comments on Monday" is; someone else speaking that day
dates nothing of theirs."""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from tests.said import days_by_speaker


def test_the_day_one_spoke_dates_ones_words(extractor: Extractor) -> None:
    text = (
        "Mayor Ines Ralt said the port tax would be scrapped. She spoke on Monday at a meeting "
        "with harbour workers."
    )
    assert days_by_speaker(extractor, text)["Ines Ralt"] == date(2025, 10, 13)


def test_another_speakers_day_dates_nothing(extractor: Extractor) -> None:
    text = (
        "Mayor Ines Ralt said the port tax would be scrapped. John Smith spoke on Monday at a "
        "meeting with harbour workers."
    )
    assert days_by_speaker(extractor, text)["Ines Ralt"] is None


def test_not_speaking_that_day_dates_nothing(extractor: Extractor) -> None:
    text = (
        "Mayor Ines Ralt said the port tax would be scrapped. She did not speak on Monday at "
        "the meeting with harbour workers."
    )
    assert days_by_speaker(extractor, text)["Ines Ralt"] is None
