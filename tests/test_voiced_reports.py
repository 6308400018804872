"""What one voices or expresses with a clause is reported speech: "voiced concerns that the
decision might hurt trade" reports "the decision might hurt trade" as the voicer's, as
"expressed hope that ..." does; voicing a stance with no clause ("voiced support for the
strike") reports no words. Sentences are our own.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The Lisbon Chamber of Commerce voiced concerns that the decision might hurt trade.",
            "Lisbon Chamber of Commerce",
            "the decision might hurt trade",
        ),
        (
            "Ana Soto voiced the hope that the talks would resume next week.",
            "Ana Soto",
            "the talks would resume next week",
        ),
        (
            "Kestrel Bank expressed confidence that the deal would close by June.",
            "Kestrel Bank",
            "the deal would close by June",
        ),
    ],
)
def test_a_clause_voiced_is_reported(
    extractor: Extractor, text: str, speaker: str, words: str
) -> None:
    found = said(extractor, text)
    assert [(name, quote.text) for name, quote in found] == [(speaker, words)]


def test_a_stance_voiced_reports_no_words(extractor: Extractor) -> None:
    text = "The union voiced support for the strike. Ana Soto voiced concern over the arrests."
    assert said(extractor, text) == []
