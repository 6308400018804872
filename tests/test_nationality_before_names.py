"""A nationality written before a person's name is no part of it: "American Berg" after
"Tomas Berg" is Tomas Berg, "Briton Paul Lenk" is Paul Lenk; "American Airlines" stays a
company."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_nationality_before_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = (
        "Tomas Berg won the chess final.\n\n"
        "American Berg said that he was tired. Briton Paul Lenk praised him. "
        "American Airlines said it would fly both men home."
    )
    x = extractor(Article("t", text))
    names = {a.name for a in x.actors}
    assert {"Tomas Berg", "Paul Lenk", "American Airlines"} <= names
    assert not names & {"American Berg", "Briton Paul Lenk"}
    speakers = {next(a.name for a in x.actors if a.id == q.speaker) for q in x.quotes}
    assert speakers == {"Tomas Berg", "American Airlines"}


def test_a_nationality_begins_a_company_or_a_capital_a_name(extractor: Extractor) -> None:
    text = (
        "American Airlines Group said on Monday it would cut flights. American Airlines said "
        "the cuts were short. Paraguay's President Santiago Lenk said the cuts hurt tourism."
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert "Santiago Lenk" in names
    assert len({n for n in names if n.startswith("American")}) == 1


def test_words_an_editor_put_in_brackets_are_no_part_of_a_name(extractor: Extractor) -> None:
    text = (
        "“[President Tomas] Berg will have to run alone,” Ana Ruiz said. Berg declined to answer."
    )
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not any("]" in n or "[" in n for n in names)
    assert "Berg" in names
