"""Fines and other penalties laid on or against an actor (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Google has dominated the market for years. The European Commission fined Google "
            "2 billion euros on Tuesday.",
            ("European Commission", "oppose", "Google"),
        ),
        (
            "Google has dominated the market for years. The European Union on Tuesday slapped "
            "a fine of 2 billion euros on Google for breaking competition rules.",
            ("European Union", "oppose", "Google"),
        ),
        (
            "The European Commission imposed a record fine on Google.",
            ("European Commission", "oppose", "Google"),
        ),
        (
            "Washington on Monday imposed tariffs on Chinese steel.",
            ("United States", "oppose", "China"),
        ),
        ("Norway announced sanctions against Chile on Monday.", ("Norway", "oppose", "Chile")),
        (
            "The European Union adopted new measures against Belarus.",
            ("European Union", "oppose", "Belarus"),
        ),
        ('"We will take measures against Chile," Ana Ruiz said.', ("Ana Ruiz", "oppose", "Chile")),
        # a penalty laid "with": "hit X with sanctions", "issued X with a fine"
        (
            "The European Commission issued Google with a fine of 3 billion euros on Monday.",
            ("European Commission", "oppose", "Google"),
        ),
        ("Norway hit Chile with new sanctions on Friday.", ("Norway", "oppose", "Chile")),
        (
            "The European Union slapped Microsoft with a record penalty.",
            ("European Union", "oppose", "Microsoft"),
        ),
    ],
)
def test_a_fine_laid_on_an_actor_opposes_it(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


def test_the_fined_actor_is_named_without_the_amount(extractor: Extractor) -> None:
    text = (
        "Nordline Shipping broke the rules. The Maritime Authority fined Nordline Shipping 40 million "
        "euros."
    )
    targets = {t for _, p, t in stance_triples(extractor, text) if p == "oppose"}
    assert "Nordline Shipping" in targets
    assert not any("million" in t for t in targets)


@pytest.mark.parametrize(
    "text",
    [
        "The European Commission did not fine Google.",
        "The European Union took measures against the virus.",  # no actor penalised
        "The storm hit Norway with heavy rain on Friday.",  # no penalty
        "Norway did not hit Chile with sanctions.",
    ],
)
def test_no_penalty_on_an_actor_is_no_stance(extractor: Extractor, text: str) -> None:
    assert not stance_triples(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Competition Bureau threatened legal action against Acme Corp.",
        "The Competition Bureau announced steps against Acme Corp.",
        "Acme Corp was fined 5 million euros by the Competition Bureau.",
    ],
)
def test_an_action_laid_against_someone_opposes_them(extractor: Extractor, sentence: str) -> None:
    text = "The Competition Bureau and Acme Corp are at odds.\n\n" + sentence
    assert ("Competition Bureau", "oppose", "Acme Corp") in stance_triples(extractor, text)
