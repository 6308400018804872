"""A possessor the model ran into the first word of the next name (sentences of our own):
"Mr Talaga’s Samoa First party" gives the person Talaga, never a person "Talaga’s Samoa"."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_the_possessor_alone_is_the_person(extractor: Extractor) -> None:
    text = "Tensions rose after Mr Talaga’s Samoa First party refused to concede the election."
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert "Talaga’s Samoa" not in names
    assert "Talaga" in names
