"""Actor detection, issue 12 (own sentences, never corpus text): a capitalised legislature or
cabinet no country anchors."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.nlp import load_pipeline
from graph.model import Article

pytestmark = pytest.mark.skipif(not load_pipeline().full, reason="needs the English model")


def names(text: str) -> dict[str, str]:
    """Each mention's words -> the name of its actor, through the whole extractor."""
    extraction = Extractor()(Article("t", text))
    return {m.text: a.name for a in extraction.actors for m in a.mentions}


def stances(text: str) -> set[tuple[str, str, str]]:
    extraction = Extractor()(Article("t", text))
    name = {a.id: a.name for a in extraction.actors}
    return {(name[s.source], s.polarity, name.get(s.target, s.target)) for s in extraction.stances}


# -- a capitalised institution with no country written ------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The governor again accused Congress of starving the clinics of money.", "Congress"),
        ("Marta Quill said the Senate had betrayed the farmers who elected her.", "Senate"),
        ("Parliament rejected the plan that Tom Ardley had drafted.", "Parliament"),
    ],
)
def test_a_lone_capitalised_legislature_is_an_actor(text: str, words: str) -> None:
    assert names(text).get(words) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a place's own legislature, a longer name, a group named after it
        ("The Ohio Senate praised Dana Welk for her work.", "Senate"),
        ("Senate Republicans attacked Dana Welk over the budget.", "Senate"),
        ("The Senate Finance Committee questioned Dana Welk on Monday.", "Senate"),
        # a lowercase word is no name
        ("The student senate criticised Dana Welk.", "senate"),
    ],
)
def test_a_legislature_that_is_a_place_s_or_part_of_a_name_is_not_alone(
    text: str, words: str
) -> None:
    assert names(text).get(words) in (None, "Ohio Senate", "Senate Finance Committee")


def test_a_legislature_in_a_story_naming_a_country_is_left_to_the_anchoring() -> None:
    found = names("In Kenya, the opposition said Parliament had betrayed Ruth Anyango.")
    assert found.get("Parliament") != "Parliament"
