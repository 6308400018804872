"""A party's court filing is the party's words, not the court's (sentences of our own): "its
court filing said ..." after "X sued Y in the District Court" is X; "the court ruling said" is
the court's."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import speaker_of


def test_a_court_filing_is_the_suers(extractor: Extractor) -> None:
    text = (
        "Acme Corp sued Bolt Ltd in the US District Court in Boston. The court filing said "
        "that the chair had been stunned by the sale."
    )
    assert speaker_of(extractor, text, "stunned by the sale") == "Acme Corp"


def test_according_to_its_court_filing_is_its_owners(extractor: Extractor) -> None:
    text = (
        "Acme Corp sued Bolt Ltd in the US District Court in Boston. The sale took the board by "
        "surprise, according to its court filing."
    )
    assert speaker_of(extractor, text, "took the board by surprise") == "Acme Corp"


def test_a_court_ruling_is_the_courts(extractor: Extractor) -> None:
    text = (
        "The US District Court in Boston ruled for Bolt Ltd. The court ruling said that the "
        "sale was lawful."
    )
    assert speaker_of(extractor, text, "sale was lawful") == "US District Court"
