"""A people, faith or party qualifying a noun of one body of people names a group (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def stances(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Article("t", text))
    return {
        (result.actor(s.source).name, s.polarity, result.actor(s.target).name)
        for s in result.stances
        if s.target_kind == "actor"
    }


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Republican establishment attacked Keir Holloway over the budget.",
            "Republican establishment",
        ),
        ("The Catholic community praised Mayor Ortega for the new shelter.", "Catholic community"),
        ("The Tory leadership condemned Anna Price for the leak.", "Tory leadership"),
    ],
)
def test_a_body_in_the_singular_acts(extractor: Extractor, text: str, source: str) -> None:
    assert any(s == source for s, _, _ in stances(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Republican manifesto attacked Keir Holloway over the budget.",  # a thing, not people
        "A Catholic priest praised Mayor Ortega for the new shelter.",  # one person
    ],
)
def test_no_group_from_other_nouns(extractor: Extractor, text: str) -> None:
    assert not any(s.startswith(("Republican", "Catholic")) for s, _, _ in stances(extractor, text))
