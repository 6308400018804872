"""Speakers the parser, the registry or a pronoun used to get wrong (issue 13.1, 13.3).
Sentences are our own.

- A registry person's office ("Harbour Board Spokesperson") names them only in an article that
  names them in full: another holder named with the office is the speaker.
- '"...," Ana Berg, lead spokesperson for the bloc, said': the title's first word read as a
  verb; the name is the speaker, and the title is no reported clause.
- "they" reporting inside a free relative ("anger at what they say are flaws"), after fronted
  adverbials ("Late on Monday, after talks, they said"), or after a partitive subject ("most
  of the rival parties"): the sentence's people, not the last body named.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Actor
from tests.said import speakers


def test_an_office_alias_does_not_name_its_registry_holder_alone() -> None:
    holder = Actor(
        "rita-vance", "Rita Vance", "Person", aliases=("Harbour Board Spokesperson", "Vance")
    )
    text = (
        "On Saturday, Harbour Board spokesperson, Heather Olin, hailed the port workers for a "
        "calm week but said there were concerns over the night shifts.\n"
    )
    assert speakers(Extractor(registry=(holder,)), text) == ["Heather Olin"]


def test_the_office_alias_still_names_the_holder_the_article_names() -> None:
    holder = Actor("rita-vance", "Rita Vance", "Person", aliases=("Harbour Board Spokesperson",))
    text = '"The pier reopens on Monday," Rita Vance, Harbour Board Spokesperson, told reporters.\n'
    assert speakers(Extractor(registry=(holder,)), text) == ["Rita Vance"]


@pytest.mark.parametrize(
    "title",
    ["lead spokesperson for the bloc", "lead spokesperson for the external affairs of the bloc"],
)
def test_a_title_read_as_a_verb_leaves_the_name_the_speaker(
    extractor: Extractor, title: str
) -> None:
    text = (
        '"The envoys must leave soon," the foreign ministry said.\n'
        "The bloc condemned the expulsion later on Friday.\n"
        "“The Union deplores the baseless decision. The envoys act in full respect for the "
        f"convention,” Anna Berg, {title}, said in a statement.\n"
        "“There are no grounds for the decision.”\n"
    )
    assert speakers(extractor, text) == ["foreign ministry", "Anna Berg", "Anna Berg"]


@pytest.mark.parametrize("subject", ["Most of the rival parties", "Three of the rival parties"])
def test_they_in_a_free_relative_is_the_sentence_subject(
    extractor: Extractor, subject: str
) -> None:
    text = (
        "Prime Minister Tom Vale's Unity Party appears to have won 60 percent of the vote in "
        "Samoa.\n\n"
        f"{subject} have joined forces to voice anger at what they say are serious flaws in "
        "the count.\n\n"
        "Late yesterday, after meeting for hours, they issued a statement saying they would not "
        "accept the results.\n"
    )
    found = speakers(extractor, text)
    assert len(found) == 2 and "Unity Party" not in found
    assert all(name.endswith("rival parties") for name in found)
