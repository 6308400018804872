"""Words someone "added" right after a dated statement were said on that occasion (sentences
of our own; the publication day is Friday 2025-03-14)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import dated_openings


def test_an_addition_shares_the_day_of_the_statement_before(extractor: Extractor) -> None:
    text = (
        "Norway summoned the Qatari envoy on Thursday.\n\n"
        "Oslo said on Tuesday that the remarks were an insult to its people.\n\n"
        "The foreign ministry added that the envoy would be told to leave.\n"
    )
    assert dated_openings(extractor, text)["the envoy wo"] == "2025-03-11"


def test_an_addition_far_below_is_not_dated_by_it(extractor: Extractor) -> None:
    filler = "Trade between the two countries has grown for a decade. " * 12
    text = (
        "Oslo said on Tuesday that the remarks were an insult to its people.\n\n"
        f"{filler}\n\nThe foreign ministry added that the envoy would be told to leave.\n"
    )
    assert dated_openings(extractor, text)["the envoy wo"] != "2025-03-11"
