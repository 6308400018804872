"""A nationality and a title with its "to" phrase run into a name are that person (sentences
of our own): "the Russian Ambassador to Peru Ivan Sorokin told reporters" is Ivan Sorokin
speaking, not a "Russian ambassador" of its own; where no name follows, the description is
the actor."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def _speakers(extractor: Extractor, text: str) -> tuple[set[str], set[str]]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {names[q.speaker] for q in x.quotes}, set(names.values())


def test_the_name_after_a_title_and_its_place_speaks(extractor: Extractor) -> None:
    text = "The Russian Ambassador to Peru Ivan Sorokin told reporters that the move was a ploy."
    speakers, actors = _speakers(extractor, text)
    assert speakers == {"Ivan Sorokin"}
    assert "Russian ambassador" not in actors


def test_a_title_with_no_name_is_the_description(extractor: Extractor) -> None:
    text = "The Russian ambassador to Peru told reporters that the move was a ploy."
    speakers, _ = _speakers(extractor, text)
    assert speakers == {"Russian ambassador"}


def test_an_aide_to_a_titled_person_speaks_as_the_aide(extractor: Extractor) -> None:
    text = "The adviser to President Ana Ruiz told reporters that the plan had failed."
    speakers, _ = _speakers(extractor, text)
    assert "Ana Ruiz" not in speakers
