"""Two actors against each other in one sentence, each by a verb of its own, stand both ways
(sentences of our own): the model reading one direction confirms that rule, it does not
overrule the other."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_suit_after_an_accusation_stands_both_ways(extractor: Extractor) -> None:
    text = (
        "Eva Berg sued Mia Lund for libel in 2020 after Lund accused her of leaking stories "
        "to a tabloid.\n"
    )
    found = {(s.source, s.target, s.polarity) for s in extractor(Article("t", text)).stances}
    assert {("eva-berg", "mia-lund", "oppose"), ("mia-lund", "eva-berg", "oppose")} <= found
