"""A body's name in another language is one organisation, not a surname or a person.

News keeps the names of parties and fronts abroad untranslated; the model splits them at the
lower-case word that joins their parts. Sentences are our own.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def extracted(extractor: Extractor, text: str) -> dict:
    article = Article("t", text, published=DateValue(date(2025, 6, 3), "stated"))
    return to_contract(extractor(article))


def test_a_party_named_in_swahili_speaks_as_one_body(extractor: Extractor) -> None:
    text = "“We reject every figure announced so far,” the Chama cha Haki na Usawa said on Monday."
    result = extracted(extractor, text)
    assert [q["speaker"] for q in result["quotes"]] == ["Chama cha Haki na Usawa"]
    (actor,) = [a for a in result["actors"] if a["name"] == "Chama cha Haki na Usawa"]
    assert actor["type"] == "Organization"


def test_a_front_named_in_portuguese_is_an_organisation(extractor: Extractor) -> None:
    text = (
        "The Frente de Renovacao do Sul denied the claims on Monday. "
        "“We won this vote fairly,” the Frente de Renovacao do Sul said."
    )
    result = extracted(extractor, text)
    assert [q["speaker"] for q in result["quotes"]] == ["Frente de Renovacao do Sul"]
    types = {a["name"]: a["type"] for a in result["actors"]}
    assert types["Frente de Renovacao do Sul"] == "Organization"


def test_the_tail_of_a_longer_english_name_is_left_to_it() -> None:
    from graph.extract.foreign_names import foreign_spans

    assert foreign_spans("the Appeals Board of the Liga de Futbol Sur ruled") == []
    assert foreign_spans("the Minister de la Cruz said") == []


def test_a_person_s_name_with_de_or_a_possessive_is_no_foreign_body() -> None:
    from graph.extract.foreign_names import foreign_spans

    assert foreign_spans("Delays hit the Charles de Gaulle airport on Monday.") == []
    assert foreign_spans("Voters say the Democrats do Trump's work for him.") == []
