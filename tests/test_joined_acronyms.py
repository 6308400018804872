"""An acronym written with its letters joined by "&" or a hyphen ("J&J", "A-B") is the one body
of the story whose initials it spells: "Johnson & Johnson", "Anheuser-Busch". The model reads
"A-B" as two letters and a dash and names no one by it, and "J&J" was an actor of its own.
Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def speakers(extractor: Extractor, text: str) -> tuple[list[str], list[str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return sorted(names.values()), [names[q.speaker] for q in result.quotes]


def test_a_hyphened_acronym_speaks_for_the_hyphened_name(extractor: Extractor) -> None:
    text = (
        "Harlan-Pike has rejected a takeover offer from Voss Group.\n\n"
        "H-P also said that it would cut costs by $200m next year."
    )
    actors, said = speakers(extractor, text)
    assert said == ["Harlan-Pike"]
    assert "H-P" not in actors


@pytest.mark.parametrize(("name", "short"), [("Dunmore & Fisk", "D&F"), ("Gale & Porter", "G&P")])
def test_an_ampersand_acronym_is_the_firm(extractor: Extractor, name: str, short: str) -> None:
    text = (
        f"{name} lost a lawsuit over its baby powder on Monday.\n\n"
        f"{short} said it would appeal the verdict."
    )
    actors, said = speakers(extractor, text)
    assert said == [name]
    assert short not in actors


def test_joined_letters_of_no_story_body_name_no_one(extractor: Extractor) -> None:
    text = "Harlan-Pike rejected the offer. The plan B-C said nothing about costs."
    actors, _ = speakers(extractor, text)
    assert "Harlan-Pike" in actors and not any("B-C" in a for a in actors)


def test_a_q_and_a_is_no_body(extractor: Extractor) -> None:
    text = (
        "Qatar Airways cancelled the order on Monday.\n\n"
        "In a Q&A with reporters, the minister said the airline had acted alone."
    )
    result = extractor(Article("t", text))
    qatar = [a for a in result.actors if a.name == "Qatar Airways"]
    assert qatar and all(text[m.start : m.end] != "Q&A" for m in qatar[0].mentions)
