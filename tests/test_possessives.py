"""Possessives written without an apostrophe (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article, Extraction


def mentions(result: Extraction) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in result.actors}


def test_a_country_without_its_apostrophe_is_the_country(extractor: Extractor) -> None:
    result = extractor(Article("t", "Perus foreign ministry condemned Chile for the raid."))
    found = mentions(result)
    assert "Peru" in found["Peru"]
    stance = next(s for s in result.stances if s.target == "chile")
    assert result.actor(stance.source).name != "Perus foreign ministry"


def test_a_country_of_several_words(extractor: Extractor) -> None:
    result = extractor(Article("t", "Critics praised South Africas new energy plan on Friday."))
    assert mentions(result)["South Africa"] == ["South Africa"]


def test_a_generic_agent_finds_its_country_through_the_possessive(extractor: Extractor) -> None:
    result = extractor(Article("t", "Nepals government has accused Bhutan of stalling the talks."))
    stance = next(s for s in result.stances if s.target == "bhutan")
    source = result.actor(stance.source)
    # Without the possessive the government was the story country's: Bhutan's, against itself.
    assert source.type == "GovernmentBody" and "Bhut" not in source.name
    assert mentions(result)["Nepal"] == ["Nepal"]


def test_a_person_named_in_full_elsewhere(extractor: Extractor) -> None:
    text = "Marta Olsson spoke in Oslo on Monday. Later, Olssons plan was rejected by the council."
    found = mentions(extractor(Article("t", text)))
    assert found["Marta Olsson"] == ["Marta Olsson", "Olsson"]


@pytest.mark.parametrize(
    "text",
    [
        "A Reuters report said the deal had collapsed.",  # a name that ends in "s"
        "The Americas summit opened in Lima.",  # a name of its own, not America's
        "Americans voters rejected the plan.",  # an adjective's plural is no country
    ],
)
def test_no_possessive_guessed(extractor: Extractor, text: str) -> None:
    found = mentions(extractor(Article("t", text)))
    assert "United States" not in found
    assert all(not n.endswith("Reuter") for n in found)


def test_a_possessor_run_into_a_name_is_split_off(extractor: Extractor) -> None:
    result = extractor(Article("t", "Labour’s Jeremy Corbyn praised Fidel Castro."))
    found = mentions(result)
    assert found["Jeremy Corbyn"] == ["Jeremy Corbyn"]
    assert found["Labour"] == ["Labour"]
    assert not any("’s" in name for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Sudan People's Liberation Movement accepted the deal.", "Sudan People's Liberation"),
        ("Uruguay’s FA president said the appeal was ready.", "Uruguay’s FA"),
    ],
)
def test_a_possessive_inside_a_name_stays(extractor: Extractor, text: str, name: str) -> None:
    assert any(n.startswith(name) for n in mentions(extractor(Article("t", text))))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name ending in "s" before the noun it qualifies, tagged a name in another sentence
        ("Crowds of Barros voters waited outside. Barros said he would win.", "Barros"),
        ("Thousands of Morales supporters marched. Morales said the vote was stolen.", "Morales"),
    ],
)
def test_a_name_ending_in_s_before_a_noun_keeps_its_s(
    extractor: Extractor, text: str, name: str
) -> None:
    found = mentions(extractor(Article("t", text)))
    assert name in found
    assert not any(n in ("Barro", "Morale") for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ines Varga spoke on Monday.\n\n“Numerous complaints were filed,” she said.",
        "Mayor Ines Varga spoke on Monday.\n\n“Serious doubts remain about the count.”",
        "Mayor Ines Varga said (Previous audits found no fault) the count was fine.",
    ],
)
def test_a_capitalised_adjective_opening_a_quotation_is_nobody(
    extractor: Extractor, text: str
) -> None:
    assert set(mentions(extractor(Article("t", text)))) == {"Ines Varga"}
