"""Groups and names a people, faith or party word opens (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", text))
    return {
        (result.actor(s.source).name, s.polarity, result.actor(s.target).name)
        for s in result.stances
        if s.target_kind == "actor"
    }


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Republican establishment attacked Keir Holloway over the budget.",
            "Republican establishment",
        ),
        ("The Catholic community praised Mayor Ortega for the new shelter.", "Catholic community"),
        ("The Tory leadership condemned Anna Price for the leak.", "Tory leadership"),
    ],
)
def test_a_body_in_the_singular_acts(extractor: Extractor, text: str, source: str) -> None:
    assert any(s == source for s, _, _ in stances(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "A Catholic priest praised Mayor Ortega for the new shelter.",  # one person
    ],
)
def test_no_group_from_other_nouns(extractor: Extractor, text: str) -> None:
    assert not any(s.startswith(("Republican", "Catholic")) for s, _, _ in stances(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Police blamed an Islamic State cell for the attack on the embassy.",
        "Fighters loyal to Islamic State attacked Kobani.",
        "The Islamic State affiliate claimed the attack on Egyptian soldiers.",
    ],
)
def test_a_nationality_word_opening_a_name_is_part_of_it(extractor: Extractor, text: str) -> None:
    names = {a.name: [m.text for m in a.mentions] for a in extractor(Article("t", text)).actors}
    assert names.get("Islamic State") == ["Islamic State"]


def test_a_nationality_before_a_name_it_does_not_open(extractor: Extractor) -> None:
    result = extractor(Article("t", "Syrian President Bashar Haddad praised Iraq on Monday."))
    assert {a.name for a in result.actors} >= {"Bashar Haddad", "Iraq"}
    assert not any(a.name.startswith("Syrian") for a in result.actors)
