"""A nationality written before a person's name is no part of it: "American Berg" after
"Tomas Berg" is Tomas Berg, "Briton Paul Lenk" is Paul Lenk; "American Airlines" stays a
company."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def test_a_nationality_before_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = (
        "Cyclist Tomas Berg has retired.\n\n"
        "American Berg said in a statement on his website that he was tired. "
        "Briton Paul Lenk praised him. American Airlines said it would keep its sponsorship."
    )
    x = extractor(Article("t", text))
    names = {a.name for a in x.actors}
    assert {"Tomas Berg", "Paul Lenk", "American Airlines"} <= names
    assert not names & {"American Berg", "Briton Paul Lenk"}
    speakers = {next(a.name for a in x.actors if a.id == q.speaker) for q in x.quotes}
    assert speakers == {"Tomas Berg", "American Airlines"}
