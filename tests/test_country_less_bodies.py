"""A body named again without its country ("Constitutional Court" after "Austrian
Constitutional Court", "Supreme Court" after "Supreme Court of Norway") is the same body, so a
court described as "the highest court" is the one court the story names (issue 12.2, 12.4).
Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def bodies(extractor: Extractor, text: str) -> list[str]:
    result = extractor(Article("t", text))
    return sorted(a.name for a in result.actors if a.type in ("GovernmentBody", "Organization"))


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Norwegian Constitutional Court", "Constitutional Court"),
        ("Supreme Court of Norway", "Supreme Court"),
    ],
)
def test_a_body_named_without_its_country_is_the_same(
    extractor: Extractor, full: str, short: str
) -> None:
    text = (
        f"The {full} ruled on Friday that the vote must be held again.\n\n"
        f"The {short} said the irregularities affected thousands of ballots.\n\n"
        "Norway's highest court gave no date for the new vote."
    )
    assert bodies(extractor, text) == [full]


def test_two_bodies_of_that_name_stay_apart(extractor: Extractor) -> None:
    text = (
        "The Norwegian Constitutional Court and the Danish Constitutional Court met on Friday.\n\n"
        "The Constitutional Court said nothing."
    )
    assert "Norwegian Constitutional Court" in bodies(extractor, text)
    assert "Danish Constitutional Court" in bodies(extractor, text)
