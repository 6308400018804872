"""A report whose verb is quoted ('the sum "significantly undervalues" the company'), which the
tagger may read as a noun, is still a report: a noun takes no object (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speaker_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvex Mining said the sum “significantly undervalues” the company.",
        "Corvex Mining rejected the bid, saying the sum “significantly undervalues” the firm.",
    ],
)
def test_a_quoted_verb_is_still_reported(extractor: Extractor, sentence: str) -> None:
    assert speaker_of(extractor, sentence, "the sum") == "Corvex Mining"
