""""The party said" is the party the story named, never a node "party" of its own; a body's
name in another language runs to the acronym in brackets that spells it. Sentences are our own.

- A body named in apposition after the noun that describes it ("the main opposition party,
  Umoja wa Taifa (UWT), ...") is what "the party" means later, as "X, an opposition party" is.
- "The party" alone, with no body so described and none whose name has the word, is the
  organisation named last; a bare "the party" never becomes an actor.
- "Chama cha Haki na Usawa (CHAHU)": the small words of names in other languages ("cha", "na")
  join the name, and an acronym of each word's first letters ("CHAHU", "CHADEMA") spells it,
  so the model's cut "Chama cha Haki", typed a person, is the whole body.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.acronym_names import syllables_spell
from graph.model import Article
from tests.said import said


def _actors(extractor: Extractor, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {a.name: (a.type, a.aliases) for a in extractor(Article("t", text)).actors}


def test_the_party_described_before_its_name_speaks_later(extractor: Extractor) -> None:
    text = (
        "Zambia's main opposition party, Umoja wa Taifa (UWT), has rejected the result.\n\n"
        "UWT, in a statement on Saturday, said no genuine election took place.\n\n"
        "The party alleged that the results were fabricated.\n"
    )
    found = said(extractor, text)
    assert [name for name, _ in found][-1] == "Umoja wa Taifa"
    assert "party" not in _actors(extractor, text)


def test_the_party_alone_is_the_organisation_named_last(extractor: Extractor) -> None:
    text = (
        "The Civic Front rejected the result on Monday.\n\n"
        "The party alleged that the results were fabricated.\n"
    )
    assert [name for name, _ in said(extractor, text)] == ["Civic Front"]
    assert "party" not in _actors(extractor, text)


def test_a_name_in_another_language_runs_to_its_acronym(extractor: Extractor) -> None:
    text = (
        "The main opposition party, Chama cha Haki na Usawa (CHAHU), said on Monday it would "
        "challenge the count.\n"
    )
    actors = _actors(extractor, text)
    assert actors["Chama cha Haki na Usawa"][0] == "Organization"
    assert "CHAHU" in actors["Chama cha Haki na Usawa"][1]
    others = [name for name in actors if name.startswith("Chama")]
    assert others == ["Chama cha Haki na Usawa"]


@pytest.mark.parametrize(
    ("acronym", "name", "spelt"),
    [
        ("CHAHU", "Chama cha Haki na Usawa", True),
        ("FRELIMO", "Frente de Libertação de Moçambique", True),
        ("UPND", "United Party for National Development", False),  # plain initials: elsewhere
        ("CHU", "Chama Usawa", False),  # too short to tell
        ("CHAZU", "Chama cha Haki na Usawa", False),
    ],
)
def test_an_acronym_of_each_words_first_letters(acronym: str, name: str, spelt: bool) -> None:
    assert syllables_spell(acronym, name) is spelt
