"""An act said to be done unlawfully is a wrong charged to its doer (sentences of our own):
"Borex illegally copied our code," she said opposes Borex; "Borex legally copied it" does not."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "quote",
    [
        "“Borex illegally copied our code,” Acme counsel Dora Daley said.",
        "“We believe that Borex built its app by unlawfully copying our code,” Dora Daley said.",
    ],
)
def test_an_unlawful_act_is_charged_to_its_doer(extractor: Extractor, quote: str) -> None:
    found = extractor(Article("t", quote + "\n")).stances
    assert ("dora-daley", "borex", "oppose") in {(s.source, s.target, s.polarity) for s in found}


def test_a_lawful_act_is_no_charge(extractor: Extractor) -> None:
    text = "“Borex legally copied the public parts of our code,” Acme counsel Dora Daley said.\n"
    found = extractor(Article("t", text)).stances
    triples = {(s.source, s.target, s.polarity) for s in found}
    assert ("dora-daley", "borex", "oppose") not in triples
