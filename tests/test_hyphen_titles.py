"""A hyphened title ("secretary-general") with the name after a comma is that person, and a quote
after its speaker's sentence stays theirs when the next paragraph names "another" speaker
(sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said_texts, speakers


@pytest.mark.parametrize("title", ["secretary-general", "director-general", "attorney-general"])
def test_a_hyphened_title_then_a_name_is_the_person(extractor: Extractor, title: str) -> None:
    text = f"“This is the end of the road,” said the party’s {title}, Douglas Banda."
    assert speakers(extractor, text) == ["Douglas Banda"]


def test_another_speaker_in_the_next_paragraph_is_not_this_ones(extractor: Extractor) -> None:
    text = (
        "“The court has spoken,” said Nita Moyo, the party leader. “But we have other ways "
        "and we will march.”\n\nAnother opposition leader said that he still hoped for talks."
    )
    assert ("Nita Moyo", "But we have other ways and we will march.") in said_texts(extractor, text)


def test_another_speaker_in_the_same_sentence_is_someone_else(extractor: Extractor) -> None:
    text = (
        "“The court has spoken,” said Nita Moyo, the party leader. “We will march on Monday,” "
        "another opposition leader said."
    )
    found = said_texts(extractor, text)
    assert ("Nita Moyo", "We will march on Monday,") not in found
