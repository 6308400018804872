"""Acronyms of times, titles and measures are no actors, however the model tags them (own
sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "“The police attacked around 1:00 am (0000 GMT),” said Ana Rud. Gabon's army denied it.",
        "The vote closed at 1800 UTC on Sunday, the Halvor Party said.",
    ],
)
def test_a_time_zone_is_no_actor(extractor: Extractor, text: str) -> None:
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not names & {"GMT", "UTC"}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Nordvik Foods issued a public statement opposing his Fair Wages in Farming Act, "
            "also known as the price law.",
            "Fair Wages",
        ),
        (
            "Nordvik Foods issued a public statement opposing his Family Rights in Schools Act, "
            "also known as the school law.",
            "Family Rights",
        ),
        ("The union opposed the Safe Streets in Cities Act on Monday.", "Safe Streets"),
    ],
)
def test_the_start_of_a_laws_name_is_no_actor(
    extractor: Extractor, text: str, fragment: str
) -> None:
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert not any(n.startswith(fragment) for n in names)
