"""Reports made by naming a thing as something, or by saying something again.

"described the strike as completely unjustified" reports the object and what it is named as,
as "called the strike unjustified" does; "reaffirmed that it had won" reports like "affirmed".
Sentences of our own.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import reports


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Jan Brod described the retailer as arrogant for closing the pages.",
            ("Jan Brod", "described", "the retailer as arrogant for closing the pages"),
        ),
        (
            "Jan Brod described the strike as completely unjustified and called for talks.",
            ("Jan Brod", "described", "the strike as completely unjustified"),
        ),
        (
            "Union leader Pat Cole branded the offer as an insult to nurses.",
            ("Pat Cole", "branded", "the offer as an insult to nurses"),
        ),
        (
            "The camp of Ana Ruiz reaffirmed on Monday that it had won the vote.",
            ("camp of Ana Ruiz", "reaffirmed", "it had won the vote"),
        ),
    ],
)
def test_naming_and_saying_again_report(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert reports(extractor, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The strike was described as unjustified in the papers.",  # a passive: no one names
        "Jan Brod described the scene as she left the court.",  # "as" opens a clause
        "Jan Brod dismissed the referendum as a farce.",  # not a verb of naming, no quotation
        # a name something goes by, said by no one
        "The scheme, referred to as “Operation Dawn” in internal papers, was approved.",
    ],
)
def test_no_report_without_a_naming_of_the_object(extractor: Extractor, text: str) -> None:
    assert reports(extractor, text) == []
