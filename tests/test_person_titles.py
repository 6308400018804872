"""A name after a title of one person, lowercase or capitalised, is a person's (own sentences,
never corpus)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.nlp import load_pipeline
from graph.extract.person_titles import after_person_title
from graph.extract.surfaces import after_titles
from graph.model import Article


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("the opposition leader Ana Ruiz said", "Ana Ruiz", True),
        ("the main challenger Tomas Wekwete said", "Tomas Wekwete", True),
        ("government spokesman Ivo Lang told reporters", "Ivo Lang", True),
        ("the ruling party Unity Now said", "Unity Now", False),
        ("the election monitor Transparency Watch said", "Transparency Watch", False),
        ("an offer from its rival Northline Mining", "Northline Mining", False),
        ("President Ana Ruiz said", "Ana Ruiz", True),  # a capitalised title too
        ("analysts Ana Ruiz and Ivo Lang said", "Ana Ruiz", False),
        ("Congress MP Ivo Lang said", "Ivo Lang", True),
        ("the Leader Ivo Lang said", "Ivo Lang", True),
        ("the Central Bank Ivo Lang said", "Ivo Lang", False),
    ],
)
def test_after_person_title(text: str, name: str, expected: bool) -> None:
    assert after_person_title(text, text.index(name)) is expected


@pytest.mark.skipif(not load_pipeline().full, reason="needs the English model")
def test_a_name_after_a_title_is_typed_a_person_through_the_extractor() -> None:
    text = (
        "The opposition has dismissed the winner's victory as a farce, with the main opponent "
        'Tomas Wekwete calling the vote "fraudulent and stolen".'
    )
    actors = {a.name: a.type for a in Extractor()(Article("t", text)).actors}
    assert actors.get("Tomas Wekwete") == "Person"


@pytest.mark.skipif(not load_pipeline().full, reason="needs the English model")
def test_a_chairperson_title_is_no_part_of_the_name() -> None:
    text = (
        "The result was announced by electoral commission Chairperson Mary Otieno on Monday. "
        '"The count was open," Otieno said.'
    )
    actors = {a.name for a in Extractor()(Article("t", text)).actors if a.type == "Person"}
    assert actors == {"Mary Otieno"}


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("vice-president of the UP-N Mara Lind", "Mara Lind"),
        ("Vice-President Ana Ruiz", "Ana Ruiz"),
        ("Co-Chair Ana Ruiz", "Ana Ruiz"),
        ("MP Ivo Lang", "Ivo Lang"),
        ("Jean-Pierre Lind", "Jean-Pierre Lind"),  # a hyphenated first name is no title
        ("Anne-Marie Duval", "Anne-Marie Duval"),
    ],
)
def test_a_hyphenated_title_or_a_seat_is_no_part_of_the_name(span: str, name: str) -> None:
    assert span[after_titles(span) :] == name


@pytest.mark.skipif(not load_pipeline().full, reason="needs the English model")
def test_with_a_titled_name_doing_the_saying_the_name_speaks() -> None:
    text = (
        "The opposition has dismissed the winner's victory as a farce, with the main opponent "
        'Tomas Wekwete calling the vote "fraudulent and stolen".'
    )
    extraction = Extractor()(Article("t", text))
    name = {a.id: a.name for a in extraction.actors}
    assert {name[q.speaker] for q in extraction.quotes} == {"Tomas Wekwete"}


@pytest.mark.skipif(not load_pipeline().full, reason="needs the English model")
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The governments of Peru, Chile and Uruguay issued a joint statement, calling for "
            "the release of the tallies.",
            {"Peru", "Chile", "Uruguay"},
        ),
        ('The leaders of Russia and China said the vote was "a model".', {"Russia", "China"}),
        ('Opposition leaders said the vote was "rigged".', {"Opposition leaders"}),
    ],
)
def test_a_plural_stand_in_speaks_for_each_actor_of_its_of_phrase(
    text: str, speakers: set[str]
) -> None:
    extraction = Extractor()(Article("t", text))
    name = {a.id: a.name for a in extraction.actors}
    assert {name[q.speaker] for q in extraction.quotes} == speakers


def test_a_name_after_an_honorific_is_a_person(extractor: Extractor) -> None:
    text = "Ivo Marek lost the vote.\n\nMr Touadera said he would appeal the ruling."
    types = {a.name: a.type for a in extractor(Article("t", text)).actors}
    assert types.get("Touadera") == "Person"
