"""What the article says a name is decides its type before the model's label does (issue 12.4):
a name written after a kind of business ("the drugmaker Veltrana"), with such an appositive,
with what only an organisation has ("Orebank's chief executive") or a seat ("where X is
based"), or with a capital inside it ("GenoVax"), is an organisation, so "the company said"
finds it (issue 13.1), as "the club said" finds the story's club and not the league
named in "the Championship club"; a place the gazetteer knows as no country ("Ohio") is no country, and the state in a
lawmaker's tag ("D-Calif.") is no actor.
Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.business_names import inner_capital
from graph.model import Article
from tests.said import said


def types(extractor: Extractor, text: str) -> dict[str, str]:
    return {a.name: a.type for a in extractor(Article("t", text)).actors}


def test_a_kind_before_the_name_makes_the_company_the_story_names(extractor: Extractor) -> None:
    text = (
        "The drugmaker Veltrana claimed on Monday that Corvex had copied two of its designs.\n\n"
        "Veltrana is seeking damages incurred since March, when the company said it would "
        "begin enforcing its patents.\n"
    )
    found = said(extractor, text)
    assert [name for name, _ in found] == ["Veltrana", "Veltrana"]
    assert found[1][1].text.startswith("it would begin enforcing its patents")
    assert types(extractor, text)["Veltrana"] == "Organization"


def test_an_appositive_kind_and_an_owned_chief_executive(extractor: Extractor) -> None:
    text = (
        "Orebank, the mining giant, said on Tuesday it would appeal the fine.\n\n"
        "Tamsin Rook, a spokeswoman for Calderan, said the group would study the decision.\n"
    )
    found = types(extractor, text)
    assert found["Orebank"] == "Organization"
    assert found["Tamsin Rook"] == "Person"  # a spokeswoman is a person


def test_a_seat_makes_an_organisation(extractor: Extractor) -> None:
    text = (
        "A court in Ohio, where Veltrana is based, heard the case on Monday.\n\n"
        "Veltrana said the ruling was wrong.\n"
    )
    assert types(extractor, text)["Veltrana"] == "Organization"


def test_a_kind_of_person_before_a_name_is_no_evidence(extractor: Extractor) -> None:
    text = "Veltrana founder Ana Soto said on Monday the firm would fight the claim.\n"
    assert types(extractor, text)["Ana Soto"] == "Person"


def test_a_name_with_an_inner_capital_is_a_business(extractor: Extractor) -> None:
    text = (
        "Dana Holt, a spokeswoman for Corvex, said Corvex and GenoVax were surprised by the "
        "claim. GenoVax said in a statement that its work is original.\n"
    )
    found = said(extractor, text)
    assert [name for name, _ in found] == ["Dana Holt", "GenoVax"]
    assert types(extractor, text)["GenoVax"] == "Organization"


@pytest.mark.parametrize(
    ("word", "business"),
    [("GenoVax", True), ("OpenAI", True), ("McAdams", False), ("DeSantis", False), ("NATO", False)],
)
def test_inner_capitals(word: str, business: bool) -> None:
    assert inner_capital(word) is business


def test_a_place_that_is_no_country_is_not_typed_a_country(extractor: Extractor) -> None:
    text = (
        "Ohio sued Veltrana on Monday, and France said it would join the case.\n\n"
        '"We will see them in court," Ohio said in a statement.\n'
    )
    found = types(extractor, text)
    assert found["Ohio"] == "GovernmentBody"
    assert found["France"] == "Country"


@pytest.mark.parametrize("subject", ["the club said", "the Championship club say"])
def test_the_club_is_the_story_club_not_its_league(extractor: Extractor, subject: str) -> None:
    text = (
        "The Football Association fined Kingsbridge Town £40,000 on Tuesday after fans chanted "
        "abuse at a cup tie.\n\n"
        f'Kingsbridge Town will not appeal. However, {subject} they "fundamentally disagree" '
        "with the ruling.\n"
    )
    assert [name for name, _ in said(extractor, text)] == ["Kingsbridge Town"]


def test_a_lawmakers_party_and_state_tag_is_no_actor(extractor: Extractor) -> None:
    text = "Representative Ana Soto, D-Calif., attacked Republicans for proposing the cuts.\n"
    result = extractor(Article("t", text))
    assert "Calif" not in {a.name for a in result.actors}
    assert [s.target for s in result.stances] == ["republicans"]
    assert "calif" not in {s.source for s in result.stances}


def test_the_carrier_named_with_its_city_is_the_story_airline(extractor: Extractor) -> None:
    text = (
        "A judge on Tuesday blocked Skyward Airways from buying Coastal Airlines, a deal "
        "Skyward Airways had pursued for two years.\n\n"
        "The New York carrier argued that it needs the deal to compete against bigger rivals.\n"
    )
    assert [name for name, _ in said(extractor, text)] == ["Skyward Airways"]


def test_a_general_counsel_is_an_organisation_s(extractor: Extractor) -> None:
    text = (
        "Bramwell sued Tessig in 2019 over its software.\n\n"
        '"We will appeal," Bramwell\'s general counsel Ruth Bale said on Friday.\n'
    )
    found = types(extractor, text)
    assert found["Bramwell"] == "Organization"
    assert found["Ruth Bale"] == "Person"
