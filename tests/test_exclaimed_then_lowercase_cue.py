"""A quotation ending in "!" or "?" whose report goes on in lower case after it is that
report's (sentences of our own): '“…!” protesters chanted, calling the mayor by his nickname'
is the protesters', even where the parser ends a sentence at the quotation and the report runs
past eight words; not the last speaker's."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article

_BEFORE = "Organizers said about 5,000 people turned out.\n\n"


@pytest.mark.parametrize("mark", ["!", "?"])
def test_the_lowercase_report_after_the_quotation_speaks(extractor: Extractor, mark: str) -> None:
    text = (
        _BEFORE
        + f'"Ivo the Fox, when will you go{mark}" protesters chanted, calling the mayor by his nickname.'
    )
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    said = {q.span.text: names[q.speaker] for q in x.quotes}
    assert said[f"Ivo the Fox, when will you go{mark}"] == "protesters"
