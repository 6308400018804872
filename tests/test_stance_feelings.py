"""A feeling about someone's act, and a party taken to court. Sentences are our own.

"was disappointed by X's decision" opposes X, "delighted with X's ruling" supports X; the one
who feels is the subject, or the speaker of an indirect report or of "we"; a negated feeling is
none; "took X to court" opposes X.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(registry=())


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            'The Pilots Association said it was "deeply disappointed" by Skyway Airlines\' '
            "decision.",
            ("Pilots Association", "oppose", "Skyway Airlines"),
        ),
        (
            "The Nurses Guild was dismayed at the Health Ministry's plan, a spokeswoman said.",
            ("Nurses Guild", "oppose", "Health Ministry"),
        ),
        (
            "Governor Ana Ruiz said she was delighted with the Federal Court's ruling.",
            ("Ana Ruiz", "support", "Federal Court"),
        ),
        (
            '"We are very disappointed with the ruling of the High Court," Tom Abel said.',
            ("Tom Abel", "oppose", "High Court"),
        ),
        (
            "Acme Logistics took the Harbour Workers Union to court over the blockade.",
            ("Acme Logistics", "oppose", "Harbour Workers Union"),
        ),
    ],
)
def test_a_feeling_or_a_suit_is_a_stance(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Pilots Association said it was not disappointed by Skyway Airlines' decision.",
        "Acme Logistics took the Harbour Workers Union to dinner on Friday.",
        "The Nurses Guild was disappointed by the weather in Lima, Tom Abel said.",
    ],
)
def test_no_feeling_about_an_actor_no_stance(extractor: Extractor, text: str) -> None:
    assert not stance_triples(extractor, text)


def test_a_feeling_of_someone_else_in_a_quote_is_not_the_speakers(extractor: Extractor) -> None:
    text = '"He was furious with the Pilots Association," Tom Abel said of Governor Ana Ruiz.'
    assert not any(s[0] == "Tom Abel" for s in stance_triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Senator Ana Ruiz was troubled by the Unity Party's change of heart.",
            ("Ana Ruiz", "oppose", "Unity Party"),
        ),
        (
            "The Teachers Federation campaigned for the release of Tom Abel.",
            ("Teachers Federation", "support", "Tom Abel"),
        ),
        (
            "Senator Ana Ruiz voted for Governor Tom Abel in the leadership ballot.",
            ("Ana Ruiz", "support", "Tom Abel"),
        ),
    ],
)
def test_troubled_by_and_voting_for(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in stance_triples(extractor, text)
