"""Questioning a result disputes it (sentences of our own): "questioned the results of the
vote" opposes "the official results ... are valid" as "rejected the results" does; a result
merely not questioned is no dispute."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

_LEAD = (
    "Jordan held a parliamentary election on March 3, and Jordanian officials counted ballots "
    "across Jordan.\n\n"
)


def _claims(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    found = extractor(Article("t", text))
    return {(s.polarity, s.target) for s in found.stances if s.target_kind == "claim"}


def test_questioning_the_results_disputes_them(extractor: Extractor) -> None:
    text = _LEAD + "The Civic Alliance questioned the results of the vote on Tuesday."
    assert _claims(extractor, text) == {("oppose", "jordan-results-are-valid")}


def test_not_questioning_them_is_no_dispute(extractor: Extractor) -> None:
    text = _LEAD + "The Civic Alliance has not questioned the results of the vote."
    assert ("oppose", "jordan-results-are-valid") not in _claims(extractor, text)
