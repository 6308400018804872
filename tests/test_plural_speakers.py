"""Who speaks when a plural subject names members: "the governments of A and B said" is each
government's words; "observers (including A and B) calling it ..." is the observers' verdict,
which the examples share but do not make alone. Sentences are our own."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def speakers(extractor: Extractor, text: str) -> list[str]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return sorted(names[q.speaker] for q in result.quotes)


def test_a_plurals_examples_do_not_speak_for_it(extractor: Extractor) -> None:
    text = (
        "The count was disputed, with foreign observers (including Canada and Brazil) "
        "calling it neither free nor fair."
    )
    assert speakers(extractor, text) == ["foreign observers"]
    text = "Several countries, including Chile and Peru, said the count lacked credibility."
    assert speakers(extractor, text) == ["Several countries"]


def test_the_members_an_of_phrase_names_each_speak(extractor: Extractor) -> None:
    text = "The governments of Chile and Peru said the count lacked credibility."
    assert speakers(extractor, text) == ["Chile", "Peru"]
