"""A state's body the model tagged by its generic name after a country's possessive ("Chile's
Foreign Ministry", "Chile's Supreme Court") is that country's body, named with its adjective as
"the Chilean Foreign Ministry" is; a name of its own ("China's Taiwan Affairs Office", a full
name with "and") is left as written."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article
from tests.said import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chile's Foreign Ministry said on Monday it would expel two diplomats.",
            "Chilean Foreign Ministry",
        ),
        (
            "The Chilean Foreign Ministry said on Monday it would expel two diplomats.",
            "Chilean Foreign Ministry",
        ),
        ("Chile's Supreme Court said on Monday the vote was valid.", "Chilean Supreme Court"),
        ("China's Taiwan Affairs Office said the vote changed nothing.", "Taiwan Affairs Office"),
    ],
)
def test_a_countrys_body_is_named_with_its_adjective(
    extractor: Extractor, text: str, speaker: str
) -> None:
    assert speakers(extractor, text) == [speaker]


def test_two_countries_ministries_stay_two(extractor: Extractor) -> None:
    text = (
        "Chile's Foreign Ministry said on Monday it would expel two diplomats. "
        "Peru's Foreign Ministry said it would respond in kind."
    )
    assert speakers(extractor, text) == ["Chilean Foreign Ministry", "Peruvian Foreign Ministry"]


def test_a_later_bare_mention_is_the_same_body(extractor: Extractor) -> None:
    text = (
        "Chile's Foreign Ministry said on Monday it would expel two diplomats. "
        "The Foreign Ministry added that talks would go on."
    )
    assert speakers(extractor, text) == ["Chilean Foreign Ministry", "Chilean Foreign Ministry"]


def test_a_country_named_again_after_another_is_the_same_body(extractor: Extractor) -> None:
    text = (
        "Chile's Foreign Ministry said on Monday it had summoned the ambassador. "
        "Peru's Foreign Ministry rejected the claim. "
        "Chile's Foreign Ministry later said talks would go on."
    )
    result = extractor(Article("t", text))
    chilean = next(a for a in result.actors if a.name == "Chilean Foreign Ministry")
    assert [q.speaker for q in result.quotes] == [chilean.id, chilean.id]
    assert len(chilean.mentions) == 2


def test_a_full_name_of_its_own_is_left_as_written(extractor: Extractor) -> None:
    text = "Kenya's Independent Electoral and Boundaries Commission said the vote was valid."
    assert speakers(extractor, text) == ["Independent Electoral and Boundaries Commission"]
