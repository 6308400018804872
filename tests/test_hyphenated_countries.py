"""A country whose name English writes with a hyphen ("Guinea-Bissau") is that country, not
the other country its first word names (sentences are our own)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.gazetteer import story_country
from graph.model import Article


def test_guinea_bissau_is_not_guinea() -> None:
    text = "Guinea-Bissau held a runoff on Sunday. The Guinea-Bissau opposition cried foul."
    found = story_country(text)
    assert found is not None and found.code == "GNB"


def test_the_government_of_a_hyphenated_country_is_anchored_to_it(extractor: Extractor) -> None:
    text = (
        "Guinea-Bissau held a runoff on Sunday. Ana Ruiz won 54% of the vote.\n\n"
        'The government said the count was "clean".\n'
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not any(n.startswith("Guinean ") for n in names)
    assert any("Guinea-Bissau" in n or "Bissau-Guinean" in n for n in names)
