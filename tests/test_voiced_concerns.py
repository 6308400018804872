"""Concern voiced about a thing is about that thing, not about the words of a clause that
describes it: "raised concerns about the failure of a system designed to limit fraud" is no
stance on fraud, so no support for the results (issue 12.3). Sentences are our own."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples


def test_a_describing_clause_names_no_issue(extractor: Extractor) -> None:
    text = (
        "Tomas Berg won the presidential election in Zambia with 54 percent of the vote.\n\n"
        "Defeated candidates have also raised concerns about the widespread failure of an "
        "electronic voter registration system – designed to limit fraud – as well as of the "
        "electronic transmission of results.\n"
    )
    found = stance_triples(extractor, text)
    assert not any(p == "support" for _, p, _ in found)
    assert ("Defeated candidates", "oppose", "zambia-results-are-valid") not in found
    assert {(s, p) for s, p, _ in found} == {("Defeated candidates", "oppose")}
