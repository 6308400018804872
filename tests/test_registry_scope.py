"""Actors that are not what they look like (own sentences).

A registry built for one story does not capture another story's actors: the registry's
descriptive aliases ("national electoral authority") name its actor only in an article that
names that actor in full; a capitalised body of another country keeps its own name. A
nationality adjective before a title ("European Commissioner") makes no organisation.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.nlp import load_pipeline
from graph.extract.registry_home import another_country, home_country
from graph.model import Actor, Article

pytestmark = pytest.mark.skipif(not load_pipeline().full, reason="needs the English model")

COUNCIL = Actor(
    id="supreme-vote-council",
    name="Supreme Vote Council",
    type="GovernmentBody",
    aliases=("SVC", "national electoral authority", "the vote council"),
)
MINISTER = Actor(id="ilse-varga", name="Ilse Varga", type="Person", aliases=("Varga",))


def speakers(text: str) -> set[str]:
    """The names of the quotes' speakers."""
    extraction = Extractor(registry=(COUNCIL, MINISTER))(Article("t", text))
    name = {a.id: a.name for a in extraction.actors}
    return {name.get(q.speaker, q.speaker) for q in extraction.quotes}


def test_another_countrys_body_named_like_a_descriptive_alias_keeps_its_name() -> None:
    said = speakers(
        'The National Electoral Authority said on Monday that the count was "nearly complete".'
    )
    assert said == {"National Electoral Authority"}


def test_the_registry_actor_named_in_full_takes_its_descriptive_alias() -> None:
    said = speakers(
        "The Supreme Vote Council announced the tally on Sunday. Later the National Electoral "
        'Authority said the count was "nearly complete".'
    )
    assert said == {"Supreme Vote Council"}


def test_a_registry_surname_alone_is_still_its_person() -> None:
    said = speakers('Varga said the budget was "a fair compromise" for the regions.')
    assert said == {"Ilse Varga"}


# -- a nationality adjective before a title is no organisation -----------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('European Commissioner Anna Lindqvist said the union would "watch closely".', "Anna Lindqvist"),
        ('Afghan Ambassador Omar Dost told reporters the talks had "stalled".', "Omar Dost"),
    ],
)
def test_an_adjective_before_a_title_makes_no_organisation(text: str, person: str) -> None:
    extraction = Extractor()(Article("t", text))
    assert [(a.name, a.type) for a in extraction.actors] == [(person, "Person")]


def test_an_adjective_that_begins_a_name_still_makes_the_organisation() -> None:
    text = "Islamic State claimed the attack, and the Muslim Brotherhood condemned it."
    extraction = Extractor()(Article("t", text))
    assert {a.name for a in extraction.actors} == {"Islamic State", "Muslim Brotherhood"}


# -- a registry body belongs to one country -------------------------------------------------------

def board_actors(text: str) -> dict[str, tuple[str, ...]]:
    board = Actor(
        id="electoral-board",
        name="Electoral Board",
        type="GovernmentBody",
        aliases=("EB", "Peru's electoral board", "Peruvian Electoral Board"),
        description="Peru's election authority.",
    )
    extraction = Extractor(registry=(board,))(Article("t", text))
    return {a.id: a.aliases for a in extraction.actors}


def test_another_countrys_body_named_like_a_registry_body_is_another_actor() -> None:
    text = (
        "QUITO - Ecuador's Electoral Board said on Monday that Ecuador would recount 900 "
        'ballot boxes. The Electoral Board said the count would take "several days" in Ecuador.'
    )
    ids = board_actors(text)
    assert "electoral-board" not in ids
    assert "electoral-board-ecuador" in ids


def test_the_registry_body_of_its_own_country_stays_the_registry_actor() -> None:
    text = (
        "LIMA - Peru's Electoral Board said on Monday that Peru would recount 900 ballot "
        'boxes. The Electoral Board said the count would take "several days" in Peru.'
    )
    ids = board_actors(text)
    assert "electoral-board" in ids
    assert not any(i.startswith("electoral-board-") for i in ids)


def test_home_country_and_another_country() -> None:
    board = Actor("b", "Electoral Board", "GovernmentBody", aliases=("Peru's electoral board",))
    person = Actor("p", "Ana Ruiz", "Person", aliases=("Peru's Ana Ruiz",))
    assert home_country(board) == "PER"
    assert home_country(person) is None  # people travel
    text = "Chile's Electoral Board met. Peru's Electoral Board met. Peru, Peru and Peru."
    first, second = text.index("Electoral"), text.index("Electoral", 20)
    other = another_country(board, text, first, first + 15)
    assert other is not None and other.code == "CHL"
    assert another_country(board, text, second, second + 15) is None


def test_a_body_with_a_name_of_its_own_keeps_its_country() -> None:
    # "Casa Rosada" is one palace's; "Electoral Board" a kind of body many countries have.
    palace = Actor(
        "casa-rosada", "Casa Rosada", "GovernmentBody", description="Argentina's presidency."
    )
    text = "Chile voted on Sunday. Chile's count went on. The Casa Rosada said it hoped for calm."
    start = text.index("Casa")
    assert home_country(palace) == "ARG"
    assert another_country(palace, text, start, start + 11) is None
    board = Actor("b", "Electoral Board", "GovernmentBody", description="Argentina's board.")
    other = another_country(board, text.replace("Casa Rosada", "Electoral Board"), start, start + 15)
    assert other is not None and other.code == "CHL"


# -- one body, named with its country's name or adjective -----------------------------------------


def test_a_body_named_with_its_countrys_adjective_and_name_is_one_actor() -> None:
    text = (
        "The opposition rejected the result announced by the Zimbabwean Electoral Commission "
        "(ZEC) on Thursday. Ana Ruiz said on Friday that the Zimbabwe Electoral Commission had "
        '"cooked the numbers". The ZEC denied it.'
    )
    extraction = Extractor()(Article("t", text))
    bodies = [a.name for a in extraction.actors if "Electoral Commission" in a.name]
    assert bodies == ["Zimbabwean Electoral Commission"]


def test_bodies_of_two_countries_stay_two() -> None:
    text = (
        "The Kenyan Electoral Commission met the Zimbabwean Electoral Commission on Monday. "
        'Ana Ruiz said the Kenya Electoral Commission was "well prepared".'
    )
    extraction = Extractor()(Article("t", text))
    bodies = sorted(a.name for a in extraction.actors if "Electoral Commission" in a.name)
    assert bodies == ["Kenyan Electoral Commission", "Zimbabwean Electoral Commission"]


# -- the people of a state speak as themselves -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Chilean officials said on Monday the count was "final".', "Chilean officials"),
        ('Chilean government officials said the count was "final".', "Chilean government officials"),
        ('The Chilean authorities said the count was "final".', "Chilean authorities"),
        ('The Chilean government said the count was "final".', "Chilean government"),
    ],
)
def test_officials_and_authorities_of_a_country_are_named_as_written(text: str, speaker: str) -> None:
    extraction = Extractor()(Article("t", text))
    name = {a.id: a.name for a in extraction.actors}
    assert {name[q.speaker] for q in extraction.quotes} == {speaker}
