"""A bare "court" after "in" or "to" is a venue, not a country's court (issue 12: no generic node).

"will challenge it in court", "took the case to court": where a case is fought. Anchored to the
story's country it became a court that acts, and the "they" of the next sentence was read as
that court. "The court" and "the top court" stay the country's court. Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize("venue", ["will challenge it in court", "will take the case to court"])
def test_a_court_as_venue_is_no_actor(extractor: Extractor, venue: str) -> None:
    text = (
        f"Zambian opposition leader Ana Ruiz has rejected the results and {venue}. "
        "She said they had evidence of fraud."
    )
    result = extractor(Article("t", text))
    assert not any("judiciary" in a.name or "Court" in a.name for a in result.actors), [
        a.name for a in result.actors
    ]


def test_the_court_that_rules_is_the_countrys(extractor: Extractor) -> None:
    text = (
        "Zambian opposition leader Ana Ruiz lost her appeal. The top court rejected it on Monday."
    )
    result = extractor(Article("t", text))
    assert any("Court" in a.name for a in result.actors), [a.name for a in result.actors]


def test_settled_out_of_court_is_no_actor(extractor: Extractor) -> None:
    text = "Zambian miner Kestrel Copper settled the case out of court on Monday."
    result = extractor(Article("t", text))
    assert not any("judiciary" in a.name for a in result.actors), [a.name for a in result.actors]
