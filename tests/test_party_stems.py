"""A body written with and without the kind after its name is one actor: "the Civic Front
party" and "the Civic Front" (either first); a person named like a party's word is not merged
("Ana Green" and "the Green party"). Sentences are our own.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "The Civic Front party rejected the result on Monday.\n\nThe Civic Front said the vote "
        "was rigged.\n",
        "The Civic Front said the vote was rigged.\n\nThe Civic Front party rejected the result "
        "on Monday.\n",
    ],
)
def test_a_party_with_and_without_its_kind_is_one_actor(extractor: Extractor, text: str) -> None:
    actors = [a for a in extractor(Article("t", text)).actors if "Civic Front" in a.name]
    assert len(actors) == 1, actors
    assert {actors[0].name, *actors[0].aliases} == {"Civic Front", "Civic Front party"}


def test_a_person_is_no_party(extractor: Extractor) -> None:
    text = "Ana Green said the vote was rigged.\n\nThe Green party rejected the result.\n"
    names = {a.name: a.type for a in extractor(Article("t", text)).actors}
    assert names.get("Ana Green") == "Person"
