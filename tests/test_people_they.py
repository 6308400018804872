"""A "they" inside the clause of a sentence whose subject is people no name gives (sentences of
our own): "Several thousand people protested against what they said was a fraudulent
election" is those people's word, never the country's; no actor speaks it."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said


def test_they_of_unnamed_people_is_no_country(extractor: Extractor) -> None:
    text = (
        "Russia held a parliamentary election on Sunday.\n\n"
        "About two thousand people marched in the city centre over what they said was a rigged "
        "count of the ballots."
    )
    assert [name for name, q in said(extractor, text) if "rigged" in q.span.text] == []
