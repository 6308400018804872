"""A "he" opening the sentence after one whose name the parser made the root ("Holub, whose
long rule has turned ..., celebrated with supporters") is that named person, not the latest
speaker (issue 13.2). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speaker_of


@pytest.mark.parametrize(
    "middle",
    [
        "Holub, whose 16-year rule has turned the former Soviet outpost into a rising gas "
        "exporter, celebrated with 4000 supporters in Brava.",
        "Holub, whose long rule has turned the old mining outpost into a rising gas exporter, "
        "partied with 4000 supporters in Brava.",
    ],
)
def test_he_after_a_name_parsed_as_the_root_is_that_person(
    extractor: Extractor, middle: str
) -> None:
    text = (
        "Marek Holub was declared the winner on Sunday, officials said.\n\n"
        "Kazakhstan's election chief admitted flaws but said they had not changed the outcome."
        f"\n\n{middle}\n\n"
        '"Our nation chose calm," he told cheering activists in green campaign shirts.\n'
    )
    assert speaker_of(extractor, text, "Our nation chose calm,") == "Marek Holub"
