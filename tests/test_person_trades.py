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


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The drugmaker Veltrana said it would appeal the ruling.", "Veltrana", "Organization"),
        ("Printer maker Veltrana on Sunday rejected the bid.", "Veltrana", "Organization"),
        ("Computer and printer maker Veltrana rejected the bid.", "Veltrana", "Organization"),
        ("Chip maker Veltrana on Sunday rejected the bid.", "Veltrana", "Organization"),
        ("Film maker Mira Sandoval on Sunday rejected the award.", "Mira Sandoval", "Person"),
        ("Mira Sandoval, a decision-maker at the ministry, said so.", "Mira Sandoval", "Person"),
        ("Mira Sandoval, a decision maker at the ministry, said so.", "Mira Sandoval", "Person"),
        ("Mira Sandoval, a policymaker at the ministry, said so.", "Mira Sandoval", "Person"),
    ],
)
def test_a_maker_of_goods_is_a_business_a_maker_of_decisions_a_person(
    extractor: Extractor, text: str, name: str, kind: str
) -> None:
    types = {a.name: a.type for a in extractor(Article("t", text)).actors}
    assert types.get(name) == kind
