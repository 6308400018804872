"""A country that reacts speaks the quotation that follows (sentences of our own); a country
that merely acts does not."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_reacting_country_speaks_the_quotation_below(extractor: Extractor) -> None:
    text = (
        "A court in Malawi upheld the result on Sunday.\n\n"
        "Norway, which had threatened sanctions, was quick to welcome the ruling.\n\n"
        "“We hope every party will now respect the outcome.”\n"
    )
    assert [q.speaker for q in extractor(Article("t", text)).quotes] == ["norway"]


def test_a_country_that_acts_is_no_speaker(extractor: Extractor) -> None:
    text = (
        "Norway held local elections on Sunday.\n\n"
        "“We hope every party will now respect the outcome.”\n"
    )
    assert not extractor(Article("t", text)).quotes
