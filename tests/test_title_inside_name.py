"""A person's title inside a name the model tagged as an organisation ("Deputy Spokesperson
Marie Harf") is no part of the name, and the name is a person's when a given name follows the
title; a body's name ("the Interior Ministry", "Chief Executive Office") stays a body's."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.person_titles import title_in_name
from tests.said import speakers


@pytest.mark.parametrize(
    ("surface", "label"),
    [
        ("Deputy Spokesperson Marie Harf", "PERSON"),
        ("Spokesperson Marie Harf", "PERSON"),
        ("Interior Ministry", "ORG"),
        ("Chief Executive Office", "ORG"),
        ("Deputy Spokesperson Office", "ORG"),
        ("Queen Elizabeth Hospital", "ORG"),
        ("King Fahd Stadium", "ORG"),
    ],
)
def test_a_title_then_a_given_name_is_a_person(surface: str, label: str) -> None:
    assert title_in_name(surface, "ORG") == label


def test_other_labels_are_left_alone() -> None:
    assert title_in_name("Deputy Spokesperson Marie Harf", "GPE") == "GPE"


def test_the_speaker_is_named_without_the_title(extractor: Extractor) -> None:
    text = '"We have strong concerns about the vote," State Department Deputy Spokesperson Marie Harf said.'
    assert speakers(extractor, text) == ["Marie Harf"]
