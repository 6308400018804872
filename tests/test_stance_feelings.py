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


def test_a_feeling_about_what_one_learned_is_about_its_doer(extractor: Extractor) -> None:
    found = stance_triples(
        extractor, "Chile was very alarmed to learn that Peru had arrested Maria Lopez."
    )
    assert ("Chile", "oppose", "Peru") in found
    pleased = "Chile was pleased to hear that Peru had signed the trade deal."
    assert ("Chile", "support", "Peru") in stance_triples(extractor, pleased)
    # the one a passive clause tells of underwent it: no feeling against them
    passive = "Chile was alarmed to learn that Maria Lopez had been arrested."
    assert ("Chile", "oppose", "Maria Lopez") not in stance_triples(extractor, passive)


def test_a_feeling_told_of_another_is_no_stance_of_the_teller_on_them(
    extractor: Extractor,
) -> None:
    text = "Ivo Marsh tweeted on Thursday that Chile was very alarmed to learn Peru had arrested Maria Lopez."
    found = stance_triples(extractor, text)
    assert ("Ivo Marsh", "oppose", "Chile") not in found
    assert ("Chile", "oppose", "Peru") in found


@pytest.mark.parametrize(
    ("text", "teller", "feeler"),
    [
        ("Ivo Marsh said Chile was deeply disappointed by the ruling.", "Ivo Marsh", "Chile"),
        ("Maria Lopez said Peru was angry about the new tariffs.", "Maria Lopez", "Peru"),
        (
            "Ivo Marsh told reporters that Chile was very concerned about the arrests.",
            "Ivo Marsh",
            "Chile",
        ),
    ],
)
def test_no_learned_stance_on_the_one_whose_feeling_is_told(
    extractor: Extractor, text: str, teller: str, feeler: str
) -> None:
    assert (teller, "oppose", feeler) not in stance_triples(extractor, text)


def test_what_one_learned_someone_underwent_is_no_deed_of_theirs(extractor: Extractor) -> None:
    text = "Chile was alarmed to learn that Maria Lopez had died in a Peruvian prison."
    assert ("Chile", "oppose", "Maria Lopez") not in stance_triples(extractor, text)
