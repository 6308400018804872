"""A page's link label alone on its line ("READ MORE", "Related stories", "Story continues") is
furniture: no actor, no heading over the quotations below it (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.furniture import furniture_lines
from graph.extract.headings import find_sections
from graph.model import Article
from tests.said import speaker_of

_STORY = (
    "Fires burned in the northern towns after the count.\n\n{label}\n\n"
    "“There is smoke over every street,” said Ana Lind, a nurse in Tarvo.\n\n"
    "“They went from house to house looking for party members. I saw two clinics burn.”\n\n"
    "By evening the army had closed the roads."
)


@pytest.mark.parametrize(
    "label", ["READ MORE", "Read more", "Related stories", "RELATED", "Story continues"]
)
def test_a_link_label_is_furniture(label: str) -> None:
    text = _STORY.format(label=label)
    assert [text[s:e] for s, e in furniture_lines(text)] == [label]
    assert find_sections(text) == []


@pytest.mark.parametrize("label", ["READ MORE", "Related stories"])
def test_the_paragraph_after_a_quote_goes_on_with_its_speaker(
    extractor: Extractor, label: str
) -> None:
    text = _STORY.format(label=label)
    assert speaker_of(extractor, text, "They went from house") == "Ana Lind"
    names = {a.name.lower() for a in extractor(Article("t", text)).actors}
    assert not names & {"more", "read more", "related stories", "story"}


def test_a_real_heading_still_names_who_speaks() -> None:
    text = "Reactions came fast.\n\nNURSES UNION\n\n“We will not go back.”\n\nThe end came."
    (section,) = find_sections(text)
    assert text[section.head_start : section.head_end] == "NURSES UNION"


def test_a_line_that_only_begins_with_the_words_is_no_furniture() -> None:
    text = "He left.\n\nRelated stories were told by the survivors for years.\n\nShe stayed."
    assert furniture_lines(text) == []

