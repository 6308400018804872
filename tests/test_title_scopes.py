"""A capitalised scope of a lower-case title ("HWU National president Ana Ruiz", "CU General
secretary Tomas Berg") is part of the title, not of the body's name: the body stays the one
named before, and no second body "HWU National" is made (sentences are our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize("scope", ["National president", "General secretary", "Deputy leader"])
def test_a_scoped_title_after_an_acronym_names_no_new_body(
    extractor: Extractor, scope: str
) -> None:
    text = (
        "The Harbour Workers Union (HWU) said it would defy the order. \"Our members are not "
        f'going back to work," HWU {scope} Ana Ruiz said outside the port. Ruiz said the union '
        "received notice from the board late Saturday, informing them of the return to work.\n"
    )
    found = extractor(Article("t", text))
    assert sorted(a.name for a in found.actors) == ["Ana Ruiz", "Harbour Workers Union"]
    union = next(a.id for a in found.actors if a.name == "Harbour Workers Union")
    assert not [s for s in found.stances if s.target == union]  # her own union
