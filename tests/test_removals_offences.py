"""Two stances told without a target's verb of their own (sentences of our own): a removal in
the passive with the body after "from" ("was expelled from the Civic Alliance") is that body's
act against the one removed; an offence denied ("has denied doping") is the charge denied."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import stance_triples


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Dr. Anna Kowal, a surgeon, was suspended from Twitter last year after a row over her "
         "posts.", "Twitter", "Anna Kowal"),
        ("Senator Ruth Vance was expelled from the Civic Alliance on Monday.", "Civic Alliance",
         "Ruth Vance"),
    ],
)  # fmt: skip
def test_a_passive_removal_from_a_body_is_the_bodys(
    extractor: Extractor, text: str, body: str, person: str
) -> None:
    assert (body, "oppose", person) in stance_triples(extractor, text)


def test_removed_from_a_place_names_no_remover(extractor: Extractor) -> None:
    text = "Senator Ruth Vance was banned from entering Russia in 2022."
    assert not any(
        p == "oppose" and t == "Ruth Vance" for _, p, t in stance_triples(extractor, text)
    )


def test_an_offence_denied_is_the_charge_denied(extractor: Extractor) -> None:
    text = "Cyclist Tomas Brandt denies doping and says he will clear his name."
    assert ("Tomas Brandt", "oppose", "tomas-brandt-accusations-are-true") in stance_triples(
        extractor, text
    )
