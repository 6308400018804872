"""A finding is reported as a ruling is: "the regulator found that X failed ...", "observers found
the vote had been flawed", "the panel found the rules to be unfair" are the finder's words; a
find of a thing ("police found the body") reports nothing (sentences are our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said


@pytest.mark.parametrize(
    ("sentence", "finder"),
    [("The Harbour Board found that Nordline had failed to keep proper records.", "Harbour Board"),
     ('EU observers found the vote had been "deeply flawed".', "EU observers"),
     ('The Harbour Board found the new fees to be "unfair and unlawful".', "Harbour Board")],
)  # fmt: skip
def test_a_finding_is_the_finders_statement(
    extractor: Extractor, sentence: str, finder: str
) -> None:
    assert [name for name, _ in said(extractor, sentence + "\n")] == [finder]


def test_finding_a_thing_reports_nothing(extractor: Extractor) -> None:
    assert said(extractor, "Police found the body of Ana Ruiz in a river on Monday.\n") == []
    assert said(extractor, "Ana Ruiz will find out on Monday how long she will serve.\n") == []
