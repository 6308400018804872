"""In a story about the European Union, "Brussels" is the EU, not Belgium (sentences of our
own); in a story with no EU in it, it stays Belgium's capital."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_brussels_in_an_eu_story_is_the_eu(extractor: Extractor) -> None:
    text = (
        "The European Union opened an inquiry into Sellix on Monday.\n\n"
        "Brussels said Sellix had abused its dominance of the market.\n"
    )
    found = extractor(Article("t", text))
    assert [q.speaker for q in found.quotes] == ["european-union"]


def test_brussels_elsewhere_is_belgium(extractor: Extractor) -> None:
    text = "Brussels said the Dutch plan to close the border was unacceptable.\n"
    found = extractor(Article("t", text))
    assert [q.speaker for q in found.quotes] == ["belgium"]
