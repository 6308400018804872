"""Bodies spoken of by what they are: "the regulator said" is the story's regulating body, "the
companies said" the businesses named together before, "they added" both again; a name the
model cut before its bracketed acronym is made whole (issue 13.1). Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speakers

_DEAL = (
    "The watchdog blocked the merger of engineering group Veltrana and machinery maker Orebank "
    "on Tuesday, the Competition Office said.\n\n"
)


@pytest.mark.parametrize("noun", ["regulator", "watchdog"])
def test_the_regulator_is_the_regulating_body_not_a_person_named_next(
    extractor: Extractor, noun: str
) -> None:
    text = (
        _DEAL + f'"Customers would have few alternatives," the {noun} said in a statement.\n\n'
        "Analyst Tom Berg said investors were relieved.\n"
    )
    assert speakers(extractor, text) == ["Competition Office", "Competition Office", "Tom Berg"]


def test_the_companies_are_those_named_together_and_they_again(extractor: Extractor) -> None:
    text = (
        _DEAL + "The boards of Veltrana and Orebank found no solution that would have met the "
        "concerns of the Competition Office, the companies said in a statement. Both groups "
        "will remain independent, they added.\n"
    )
    assert speakers(extractor, text) == [
        "Competition Office", "Orebank", "Veltrana", "Orebank", "Veltrana"
    ]  # fmt: skip


def test_a_plural_with_no_pair_named_together_is_no_one_of_them(extractor: Extractor) -> None:
    text = (
        "Veltrana sold its stake on Monday.\n\nThe companies said the market was weak, "
        "according to a statement.\n"
    )
    assert "Veltrana" not in speakers(extractor, text)


def test_a_name_cut_before_its_acronym_is_made_whole(extractor: Extractor) -> None:
    text = (
        "The Northern Trade and Consumer Commission (NTCC) said on Monday that the airline "
        "had sold tickets for cancelled flights.\n"
    )
    assert speakers(extractor, text) == ["Northern Trade and Consumer Commission"]


def test_the_regulator_may_be_a_body_named_only_by_its_acronym(extractor: Extractor) -> None:
    text = (
        "The deal between Veltrana and Orebank would harm competition, the NCO said.\n\n"
        '"Customers would have few alternatives," the regulator said in a statement.\n\n'
        "Veltrana shares fell 3% (NYSE: VLT) on the news.\n"
    )
    assert speakers(extractor, text) == ["NCO", "NCO"]
