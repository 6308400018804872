"""A quoted judgement of someone's motive or manner opposes them (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            '"Today\'s announcement by the Harbour Board is vindictive," the Dockers Guild said.',
            ("Dockers Guild", "oppose", "Harbour Board"),
        ),
        (
            '"Nordline has been dishonest with its workers," Piet Vos said.',
            ("Piet Vos", "oppose", "Nordline"),
        ),
        (
            "The Dockers Guild said the announcement by the Harbour Board was vindictive.",
            ("Dockers Guild", "oppose", "Harbour Board"),
        ),
    ],
)
def test_a_judged_motive_opposes_the_actor(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        '"The Harbour Board\'s decision is not discriminatory," the Dockers Guild said.',
        '"The weather was cruel to the farmers," Piet Vos said.',
    ],
)
def test_no_judgement_of_an_actor_is_no_stance(extractor: Extractor, text: str) -> None:
    assert not any(p == "oppose" for _, p, _ in stance_triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            '"This action by Nordline is a reprehensible breach of faith," Ana Ruiz said.',
            ("Ana Ruiz", "oppose", "Nordline"),
        ),
        (
            "Ana Ruiz said the remarks by Tom Bell were an intolerable attack on workers.",
            ("Ana Ruiz", "oppose", "Tom Bell"),
        ),
        (
            "Ana Ruiz rejected what she said was an unjust ruling by the Supreme Court.",
            ("Ana Ruiz", "oppose", "Supreme Court"),
        ),
    ],
)
def test_a_scornful_name_for_an_act_opposes_its_doer(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    """ "X is a reprehensible breach": the adjective on the noun the copula calls its subject
    judges the subject (its doer), not the noun; a relative "what" leaves the noun judged."""
    assert stance in stance_triples(extractor, text)
