"""A relative clause that ends in an elided clause ("before Ortiz could,") keeps its name the
speaker: the parser takes "Ortiz" for the subject of the reporting verb after the comma, and
"before Ortiz could" then reads as a clause of that verb. Sentences are our own.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tom Reed, who appears to have reached out to the investors before Lia Ortiz "
            "could, minced no words while saying that keeping her on the board would be "
            "harmful.",
            "Tom Reed",
        ),
        (
            "Tom Reed, who called the investors before Lia Ortiz could, said that the merger "
            "was dead.",
            "Tom Reed",
        ),
        (
            "Ana Soto, who spoke to the press after Tom Reed did, said the vote was fair.",
            "Ana Soto",
        ),
    ],
)
def test_the_name_before_the_relative_clause_speaks(
    extractor: Extractor, text: str, speaker: str
) -> None:
    assert speakers(extractor, text) == [speaker]


def test_a_subordinate_clause_of_the_report_keeps_its_own_subject(extractor: Extractor) -> None:
    text = "Before the board could vote, Lia Ortiz said the merger was dead."
    assert speakers(extractor, text) == ["Lia Ortiz"]
