"""A thing kept from someone is no claim turned down (sentences of our own): "it denied
shoppers a fair choice" opposes no "fair choice" issue; "denied the allegations" still denies."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_thing_withheld_is_no_issue(extractor: Extractor) -> None:
    text = '"Sellix denied shoppers a fair choice of sellers," commissioner Ana Lenz said.\n'
    found = extractor(Article("t", text)).stances
    assert not [s for s in found if "choice" in s.target]


def test_allegations_denied_are_still_denied(extractor: Extractor) -> None:
    text = "Sellix, the online retailer, denied the allegations on Monday.\n"
    found = extractor(Article("t", text)).stances
    assert [(s.source, s.polarity) for s in found if s.target_kind == "claim"] == [
        ("sellix", "oppose")
    ]
