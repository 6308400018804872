"""A bare definite plural ("the unions") stands for the one group the story describes (issue 12:
targets resolved like speakers); with two such groups it stays nobody. One stance per clause
read with or without its sentence's opening words. Sentences of our own.
"""

from __future__ import annotations

from datetime import date

from graph.extract import Extractor
from graph.extract.contract import to_contract
from graph.model import Article, DateValue


def stances(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    pub = DateValue(date(2025, 3, 14), "stated")
    found = to_contract(extractor(Article("t", text, published=pub)))["stances"]
    return [(s["source"], s["polarity"], s["target"]) for s in found]


UNIONS = (
    "Three of Alberta's five largest nurses' unions are holding strike votes as they bargain "
    "with the province for new contracts. They all said Friday that they were ready for "
    "arbitration.\n\n"
)


def test_the_unions_are_the_unions_described(extractor: Extractor) -> None:
    text = UNIONS + "Health Minister Karen Boyd accused the unions of escalating the dispute."
    assert stances(extractor, text) == [
        ("Karen Boyd", "oppose", "Alberta's five largest nurses' unions")
    ]


def test_the_unions_named_in_the_lead_before_their_description(extractor: Extractor) -> None:
    text = (
        "The talks stalled as Health Minister Karen Boyd accused the unions of escalating the "
        "dispute.\n\n" + UNIONS
    )
    assert stances(extractor, text) == [
        ("Karen Boyd", "oppose", "Alberta's five largest nurses' unions")
    ]


def test_with_two_groups_of_that_noun_the_plural_is_nobody(extractor: Extractor) -> None:
    text = (
        UNIONS + "Two of the province's teachers' unions joined them on Friday.\n\n"
        "Health Minister Karen Boyd accused the unions of escalating the dispute."
    )
    targets = {t for _, _, t in stances(extractor, text)}
    assert "Alberta's five largest nurses' unions" not in targets
