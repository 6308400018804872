"""In a quotation, an election verdict that is the content of a view another holds ("the
assessment of the observers that the elections were credible") is no verdict of the speaker's;
the speaker's own view ("our view that ...") still is (sentences of our own)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import claim_stances

_FAIR = "the election in Ghana was free and fair"


def _claims(extractor: Extractor, quote: str) -> set[tuple[str, str]]:
    text = f"Ghana held a general election on Monday.\n\n“{quote},” Ana Lind said."
    return claim_stances(extractor, text)


def test_disagreeing_with_observers_is_no_support(extractor: Extractor) -> None:
    quote = (
        "We are sure these elections were stolen, and the party does not agree with the "
        "assessment of the monitors that the elections were credible"
    )
    assert ("support", _FAIR) not in _claims(extractor, quote)


def test_the_speakers_own_view_still_counts(extractor: Extractor) -> None:
    assert ("support", _FAIR) in _claims(extractor, "We stand by our view that the vote was fair")


def test_the_speakers_impression_or_conclusion_still_counts(extractor: Extractor) -> None:
    for quote in (
        "I have the impression that the election was free and fair",
        "We came to the conclusion that the election was free and fair",
    ):
        assert ("support", _FAIR) in _claims(extractor, quote)
