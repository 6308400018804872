"""A pronoun opening reported speech is its speaker's, even where another reading placed
someone else there (sentences of our own): "She had said she would seek a recount" is her
demand, not that of the man named before."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_the_reported_pronoun_is_the_speaker_s(extractor: Extractor) -> None:
    text = (
        "Peru's electoral board on Tuesday confirmed that Tomas Vega won Sunday's runoff in "
        "Peru.\n\nAna Ruiz has refused to accept the outcome of the vote that Vega won. She had "
        "said she would seek a recount, but has not yet made a formal request, according to "
        "the board.\n"
    )
    found = extractor(Article("t", text)).stances
    holders = {s.source for s in found if s.target == "peru-results-should-be-verified"}
    assert holders == {"ana-ruiz"}
