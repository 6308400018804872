"""A speaker's relative clause dates the words only when it tells the occasion of them ("X, who
spoke to reporters on Wednesday"); a clause of another act ("X, who won the runoff on August
20") dates that act, not the saying (sentences are our own)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.test_extract_unseen10 import days


def test_a_clause_of_another_act_leaves_the_words_to_their_occasion(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz demanded on Tuesday the resignation of the chief prosecutor.\n\n"
        '"The prosecutor must go," she said at a press conference.\n\n'
        '"They are responsible for this," insisted the former senator, who won the runoff on '
        "August 20.\n"
    )
    assert days(extractor, text) == {"Ana Ruiz": {"2025-03-11"}}


def test_a_clause_telling_the_occasion_dates_the_words(extractor: Extractor) -> None:
    text = (
        '"The prosecutor must go," said Ana Ruiz, who spoke to reporters on Monday.\n'
    )
    assert days(extractor, text) == {"Ana Ruiz": {"2025-03-10"}}
