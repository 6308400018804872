"""A body named with a country's adjective ("the Organization of American States") and a body
based somewhere ("a US-based group") say where they are, not what the story is about: the
story's own country still anchors "the opposition"."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.agents import story_country
from tests.said import speakers

_TEXT = (
    "LA PAZ (AFP) - A mission from the Organization of American States began on Thursday to "
    "audit the disputed Bolivian presidential election, after an agreement with the US-based "
    "grouping. Bolivia's foreign minister Diego Pary said the audit would last two weeks.\n\n"
    'The opposition, led by Carlos Mesa, quickly denounced the results as "fraud."\n'
)


def test_the_story_is_still_about_its_country() -> None:
    found = story_country(_TEXT)
    assert found is not None and found.name == "Bolivia"


def test_the_opposition_is_the_story_countrys(extractor: Extractor) -> None:
    assert "Bolivian opposition" in speakers(extractor, _TEXT)
    assert "opposition" not in speakers(extractor, _TEXT)
