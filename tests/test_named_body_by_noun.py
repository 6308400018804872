"""A body the story names, then calls by its noun alone (sentences of our own): "the authority"
after the "Kenya Communications Authority" is that authority, not Kenya's government; and a
product's acronym ("SIM cards", "EV makers") is no actor."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

TEXT = (
    "The Kenya Communications Authority (KCA) fined Vodacom Kenya in October over SIM cards "
    "sold without an owner's name.\n\n"
    "The authority had fined the company once before, in 2019."
)


def test_the_authority_is_the_named_one(extractor: Extractor) -> None:
    at = TEXT.index("The authority")
    holders = {
        a.name for a in extractor(Article("t", TEXT)).actors for m in a.mentions if m.start == at
    }
    assert holders == {"Kenya Communications Authority"}


def test_a_products_acronym_is_no_actor(extractor: Extractor) -> None:
    names = {a.name for a in extractor(Article("t", TEXT)).actors}
    assert "SIM" not in names
