"""People met in the street (issue 13: speakers): "one resident said", "a voter said" are quoted
as their description and are no node of the stance network; a name written inside the
description ("a woman who gave her name only as Maria", "an employee named Clay") is theirs.
Sentences of our own.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def extract(extractor: Extractor, text: str) -> dict:
    pub = DateValue(date(2025, 3, 14), "stated")
    return to_contract(extractor(Article("t", text, published=pub)))


def test_an_unnamed_passer_by_speaks_as_their_description(extractor: Extractor) -> None:
    found = extract(extractor, "Shoppers were angry. “It is too expensive,” one resident said.")
    assert [(q["speaker"], q["text"]) for q in found["quotes"]] == [
        ("one resident", "It is too expensive,")
    ]


def test_a_name_given_inside_the_description_is_the_speaker(extractor: Extractor) -> None:
    texts = {
        "Maria": "Shoppers were angry. “It is too expensive,” said a woman who gave her name "
        "only as Maria.",
        "Clay": "Workers were surprised. “Tell us the truth,” one man, who identified himself as "
        "a 17-year employee named Clay, said.",
    }
    for name, text in texts.items():
        assert [q["speaker"] for q in extract(extractor, text)["quotes"]] == [name]


def test_a_passer_by_is_no_node_of_the_network(extractor: Extractor) -> None:
    text = (
        "Residents gathered outside city hall. “Mayor Ana Ruiz has betrayed us,” a voter said. "
        "“We oppose Ana Ruiz,” one resident said."
    )
    found = extract(extractor, text)
    assert len(found["quotes"]) == 2
    assert found["stances"] == []


def test_a_named_person_after_a_role_still_speaks_and_acts(extractor: Extractor) -> None:
    text = "“We oppose Ana Ruiz,” said Tom Reyes, a shopper from Leeds."
    stances = extract(extractor, text)["stances"]
    assert [(s["source"], s["polarity"], s["target"]) for s in stances] == [
        ("Tom Reyes", "oppose", "Ana Ruiz")
    ]
