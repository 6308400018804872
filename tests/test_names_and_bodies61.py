"""Names the extractor read wrong (session 61; own sentences): a given name that looks like a
country's possessive ("Frances Fitzgerald"), an acronym written in title case in brackets
after the body it spells ("(Hsoc)"), and "the forum" / "the foundation" for the one named."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article
from tests.said import said_texts


@pytest.mark.parametrize("name", ["Frances Fitzgerald", "Frances Lee"])
def test_a_given_name_like_a_country_is_a_persons(extractor: Extractor, name: str) -> None:
    text = f"Justice Minister {name} said the inquiry would go ahead."
    found = extractor(Article("t", text))
    assert {a.name for a in found.actors} == {name}
    assert (name, "the inquiry would go ahead") in said_texts(extractor, text)


def test_an_apostrophe_less_possessive_is_still_the_country(extractor: Extractor) -> None:
    found = extractor(Article("t", "Myanmars government said the inquiry would go ahead."))
    assert "Myanmar" in {a.name for a in found.actors}


def test_a_title_case_acronym_in_brackets_is_the_bodys(extractor: Extractor) -> None:
    text = (
        "Critics urged the Harbour Safety Ombudsman Commission (Hsoc) to cease its inquiry. "
        'In a statement, Hsoc said it felt the criticism was unfair. "We acted properly," it '
        "said."
    )
    found = said_texts(extractor, text)
    body = "Harbour Safety Ombudsman Commission"
    assert (body, "it felt the criticism was unfair") in found
    assert (body, "We acted properly,") in found


@pytest.mark.parametrize(
    ("named", "noun"),
    [("Harbour Workers Forum", "forum"), ("Green Valley Foundation", "foundation")],
)
def test_the_forum_is_the_one_named(extractor: Extractor, named: str, noun: str) -> None:
    text = f"The {named} has condemned the plan. The {noun} said the plan ignored the harbour."
    assert (named, "the plan ignored the harbour") in said_texts(extractor, text)


def test_a_name_after_its_kind_is_a_body_and_the_kind_stands_for_it(
    extractor: Extractor,
) -> None:
    text = (
        "The plant may close, according to the union Velta, which represents workers there. "
        "The Welsh Government declined to comment.\n\n"
        "The union said it has already been in talks with the economy minister.\n"
    )
    found = extractor(Article("t", text))
    assert {a.name: a.type for a in found.actors}.get("Velta") == "Organization"
    assert ("Velta", "it has already been in talks with the economy minister") in said_texts(
        extractor, text
    )


def test_a_person_after_a_bodys_kind_in_a_relative_clause_stays_a_person(
    extractor: Extractor,
) -> None:
    text = (
        "Reform UK surged in the polls. The party Nigel Farage leads now has five MPs. "
        "Farage said the vote was a turning point."
    )
    found = extractor(Article("t", text))
    assert {a.name: a.type for a in found.actors}.get("Nigel Farage") == "Person"
