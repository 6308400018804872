"""A quotation with no cue of its own that goes on from the speaker's quotation before it in
the same paragraph is the same statement: it has that statement's day, however that day was
found (its words' "today" included); not across a paragraph, nor from another speaker."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import dated_openings


def test_a_quotation_that_goes_on_has_the_day_of_the_one_before(extractor: Extractor) -> None:
    text = (
        "“Today I am ordering a full review of the contract,” Mayor Ana Ruiz said at a news "
        "conference. “Everyone knows what went wrong there.”"
    )
    assert dated_openings(extractor, text) == {
        "Today I am o": "2025-03-14",
        "Everyone kno": "2025-03-14",
    }


def test_not_across_a_paragraph(extractor: Extractor) -> None:
    text = (
        "“Today I am ordering a full review of the contract,” Mayor Ana Ruiz said at a news "
        "conference.\n\n“Everyone knows what went wrong there.”"
    )
    assert dated_openings(extractor, text)["Everyone kno"] is None
