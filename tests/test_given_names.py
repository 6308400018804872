"""A surname the model tagged alone takes back the given name written before it ("Danilo" +
"Medina", the surname tagged a place), a given name of the Phoenix actor dictionary's people; a
"he" after a sentence whose own "he" only acted goes back as that one does (issue 13.1, 13.2).
Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.gazetteer import given_names
from graph.extract.nlp import load_pipeline
from graph.extract.person_entities import person_entities
from tests.said import speaker_of


def test_the_given_names_are_names_not_titles_or_words() -> None:
    names = given_names()
    assert {"danilo", "ana", "tomas", "laurent", "sadiq"} <= names
    assert not {"sir", "chief", "said", "the", "president", "man", "win"} & names


@pytest.mark.parametrize("label", ["GPE", "LOC", "ORG", "PERSON"])
def test_a_surname_tagged_alone_takes_its_given_name(label: str) -> None:
    text = "Tomas Medina of the ruling party received 51 percent."
    (doc,) = load_pipeline().parse([text])
    doc.ents = [doc.char_span(6, 12, label=label)]
    (ent,) = person_entities(doc.ents)
    assert (ent.text, ent.label_) == ("Tomas Medina", "PERSON")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Officials in Tomas Jordan said so.", 19, 25),  # a country stays alone
        ("The Grand Medina hotel said so.", 10, 16),  # no given name before it
    ],
)
def test_no_given_name_or_a_country_stays_as_tagged(text: str, start: int, end: int) -> None:
    (doc,) = load_pipeline().parse([text])
    doc.ents = [doc.char_span(start, end, label="GPE")]
    (ent,) = person_entities(doc.ents)
    assert ent.text == text[start:end]


def test_he_goes_back_through_a_he_that_only_acted(extractor: Extractor) -> None:
    text = (
        "Daniel Okafor greeted supporters in the square after analyst Tomas Berg said the "
        "count was close.\n\n"
        "He thanked them and sent them home.\n\n"
        '"We will party in style tomorrow," he said.\n'
    )
    assert speaker_of(extractor, text, "We will party in style tomorrow,") == "Daniel Okafor"
