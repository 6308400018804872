"""A country's constitutional court is named so, not "Supreme Court" (both are top courts, two
bodies), and its judges speaking later are that court (own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.said import speakers

_RULING = (
    "Zambia's constitutional court on Monday annulled the results of the presidential vote, "
    "citing widespread irregularities.\n\n"
    'The seven judges agreed that "the integrity of the results has been compromised".\n'
)


def test_a_constitutional_court_keeps_its_name(extractor: Extractor) -> None:
    names = {a.name for a in extractor(Article("t", _RULING)).actors}
    assert "Constitutional Court of Zambia" in names
    assert "Supreme Court of Zambia" not in names


def test_its_judges_speak_for_the_court_the_story_named(extractor: Extractor) -> None:
    assert speakers(extractor, _RULING) == ["Constitutional Court of Zambia"]


def test_a_supreme_court_stays_the_supreme_court(extractor: Extractor) -> None:
    text = "Zambia's top court on Monday annulled the results of the presidential vote.\n"
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert "Supreme Court of Zambia" in names
