"""A name written after a trade of one person ("filmmaker Ava Lind", "the novelist Tom Beck") is
a person's, whatever the tagger said; a maker that is a person ("filmmaker", "lawmaker") is no
kind of business (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article
from tests.said import speaker_of


@pytest.mark.parametrize(
    "text",
    [
        "The acclaimed filmmaker Mira Sandoval welcomed the network's decision.",
        "Veteran novelist Mira Sandoval welcomed the network's decision.",
        "The cleric Mira Sandoval welcomed the network's decision.",
    ],
)
def test_a_name_after_a_trade_is_a_person(extractor: Extractor, text: str) -> None:
    types = {a.name: a.type for a in extractor(Article("t", text)).actors}
    assert types.get("Mira Sandoval") == "Person"


def test_she_after_a_filmmaker_is_the_filmmaker(extractor: Extractor) -> None:
    text = (
        "The studio dropped the awards show after a row over its voters, whose choices had long "
        "favoured films such as Harbour Lights, Jonah Pike and Aftermath.\n\n"
        "Acclaimed filmmaker Mira Sandoval welcomed the studio's decision.\n\n"
        "“It matters more than they think,” she wrote on social media."
    )
    assert speaker_of(extractor, text, "It matters more") == "Mira Sandoval"


def test_a_maker_of_goods_still_names_a_business(extractor: Extractor) -> None:
    text = "The drugmaker Veltrana said it would appeal the ruling."
    types = {a.name: a.type for a in extractor(Article("t", text)).actors}
    assert types.get("Veltrana") == "Organization"


@pytest.mark.parametrize("kind", ["Printer maker", "Computer and printer maker", "Chip maker"])
def test_a_maker_of_goods_written_apart_names_a_business(extractor: Extractor, kind: str) -> None:
    text = f"{kind} Veltrana on Sunday rejected the takeover bid."
    types = {a.name: a.type for a in extractor(Article("t", text)).actors}
    assert types.get("Veltrana") == "Organization"


def test_a_film_maker_written_apart_is_a_person(extractor: Extractor) -> None:
    text = "Film maker Mira Sandoval on Sunday rejected the award."
    types = {a.name: a.type for a in extractor(Article("t", text)).actors}
    assert types.get("Mira Sandoval") == "Person"


@pytest.mark.parametrize("maker", ["a decision-maker", "a decision maker", "a policymaker"])
def test_a_person_described_as_a_maker_stays_a_person(extractor: Extractor, maker: str) -> None:
    text = f"Mira Sandoval, {maker} at the ministry, said the grant was fair."
    types = {a.name: a.type for a in extractor(Article("t", text)).actors}
    assert types.get("Mira Sandoval") == "Person"
