"""A person's name with a nickname in quotation marks inside it is one person, named without
the nickname, which is an alias ("Tomas “Tommy” Berg"); a body's name with a quoted word inside
is no person's. Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "written", ["Tomas “Tommy” Berg", 'Tomas "Tommy" Berg', "Ana Lucia “La Jefa” Ruiz Soto"]
)
def test_a_nicknamed_name_is_one_person(extractor: Extractor, written: str) -> None:
    text = f"{written} said on Monday that the vote was fair. He did not take questions."
    result = extractor(Article("t", text))
    people = [a for a in result.actors if a.type == "Person"]
    assert len(people) == 1
    nickname = written.split("“")[-1].split("”")[0] if "“" in written else "Tommy"
    assert nickname in people[0].aliases and nickname not in people[0].name
    names = {a.id: a.name for a in result.actors}
    assert [names[q.speaker] for q in result.quotes] == [people[0].name]


def test_a_bodys_quoted_word_makes_no_person(extractor: Extractor) -> None:
    text = 'The Kelm "Unity" Party said on Monday that the vote was fair.'
    result = extractor(Article("t", text))
    assert not any(a.type == "Person" for a in result.actors)
