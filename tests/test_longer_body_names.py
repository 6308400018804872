"""A body's long name stays one name: a registry name that only begins it ("United Nations" in
"the United Nations Development Programme") is not the speaker, an "and" the model cut the name
at runs on when the name has a remit ("Organisation for Economic Co-operation and" Development),
and a list inside a name that ends in "Organization" is part of it."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.comma_names import name_after_comma
from graph.model import Actor
from tests.said import speakers

UN = Actor("united-nations", "United Nations", "Organization")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("the United Nations Development Programme", "United Nations Development Programme"),
        ("the United Nations Children's Fund", "United Nations Children's Fund"),
    ],
)
def test_a_registry_name_that_begins_a_longer_body_is_not_it(body: str, name: str) -> None:
    text = f"The drought would last into the spring, {body} said on its website."
    assert speakers(Extractor((UN,)), text) == [name]


def test_the_registry_name_alone_is_still_found() -> None:
    text = "The drought would last into the spring, the United Nations said on its website."
    assert speakers(Extractor((UN,)), text) == ["United Nations"]


def test_an_and_in_a_name_with_a_remit_runs_on(extractor: Extractor) -> None:
    text = (
        "Prices had risen sharply and action was needed, said the Organisation for Economic "
        "Co-operation and Development, which is based in Paris."
    )
    assert speakers(extractor, text) == ["Organisation for Economic Co-operation and Development"]


def test_a_list_in_an_organizations_name_is_part_of_it() -> None:
    name = "United Nations Educational, Scientific and Cultural Organization"
    assert name_after_comma(0, name, "ORG") == (0, name, "ORG")
