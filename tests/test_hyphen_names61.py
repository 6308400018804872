"""A name whose parts a small particle joins between hyphens is one person (session 61; own
sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article
from tests.said import said_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "One of the country's best bowlers Waqar-ul-Aziz also objected to the decision, "
            "saying it would hurt the team.",
            "Waqar-ul-Aziz",
        ),
        (
            "Former spinner Tauqeer-ul-Nabi also criticised the selectors, saying they ignored form.",
            "Tauqeer-ul-Nabi",
        ),
    ],
)
def test_a_hyphen_joined_name_speaks_as_one_person(
    extractor: Extractor, text: str, name: str
) -> None:
    speakers = {speaker for speaker, _ in said_texts(extractor, text)}
    assert speakers == {name}


def test_a_hyphenated_place_is_no_person(extractor: Extractor) -> None:
    found = extractor(Article("t", "Officials in Pakistan-e-Sharif said the roads were closed."))
    assert not any(a.name.startswith("Pakistan-e") for a in found.actors)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The convoy reached Mazar-i-Sharif on Friday, a spokesman said.", "Mazar-i-Sharif"),
        ("Residents of Kafr-el-Sheikh said the floods had destroyed crops.", "Kafr-el-Sheikh"),
    ],
)
def test_a_place_so_written_is_no_person(extractor: Extractor, text: str, place: str) -> None:
    found = extractor(Article("t", text))
    assert not any(a.name == place and a.type == "Person" for a in found.actors)
