"""A minister or secretary with a portfolio is an office of its own: "the finance minister" is
the one written with that office, never whoever spoke last (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speakers


@pytest.mark.parametrize(
    "office", ["The finance minister", "The health secretary", "The foreign minister"]
)
def test_a_portfolio_is_nobody_named_without_it(extractor: Extractor, office: str) -> None:
    text = f"Ana Ruiz won the runoff on Sunday.\n\n{office} said the budget was balanced.\n"
    assert speakers(extractor, text) == [office.removeprefix("The ")]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Foreign Minister Ana Ruiz met her counterpart on Sunday.\n\n"
            "The foreign minister said the talks went well.\n",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz, the finance minister, spoke on Sunday. Tom Lee attended.\n\n"
            "The finance minister said the budget was balanced.\n",
            "Ana Ruiz",
        ),
    ],
)
def test_the_one_written_with_the_office_holds_it(
    extractor: Extractor, text: str, who: str
) -> None:
    assert speakers(extractor, text) == [who]


def test_a_retired_or_apposed_former_role_names_its_holder(extractor: Extractor) -> None:
    for said in ("the former general said", "the former diplomat said"):
        text = (
            "LUSAKA, Zambia (AP) - Retired general Ana Vidal, 64, a former diplomat, lost the "
            f'vote on Sunday to President Rui Lopes.\n\n"We will fight this," {said}.\n'
        )
        assert speakers(extractor, text) == ["Ana Vidal"], said
