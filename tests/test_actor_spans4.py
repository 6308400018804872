"""Actor mentions around titles (own sentences, never corpus text): a party adjective and a
title belong to the titled person's mention; a title is no surname."""

from __future__ import annotations

from typing import Any

import pytest

from graph.extract.nlp import load_pipeline
from graph.extract.party_titles import title_start

pytestmark = pytest.mark.skipif(not load_pipeline().full, reason="needs the English model")


def mentions(text: str) -> dict[str, str]:
    from tests.test_actor_detection3 import mentions as found

    return found(text)


def table_of(text: str) -> Any:
    from tests.test_actor_detection3 import table_of as built

    return built(text)


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Republican Senator Ann Ruiz criticised the plan on Monday.",
         "Republican Senator Ann Ruiz", "Ann Ruiz"),
        ("Democratic Rep. Tom Hale said the bill would fail.", "Democratic Rep. Tom Hale",
         "Tom Hale"),
        ("Conservative MP Jo Lind attacked the minister.", "Conservative MP Jo Lind", "Jo Lind"),
    ],
)  # fmt: skip
def test_a_party_adjective_and_title_are_part_of_the_persons_mention(
    text: str, mention: str, name: str
) -> None:
    assert mentions(text).get(mention) == name


def test_a_title_with_no_party_word_is_left_alone() -> None:
    assert title_start("The senator Ann Ruiz said", 12) is None
    assert title_start("Critics of Senator Ann Ruiz said", 19) is None


def test_a_party_adjective_with_no_title_is_left_alone() -> None:
    assert title_start("Democratic Ann Ruiz said", 11) is None


def test_a_party_member_noun_before_a_name_is_part_of_the_mention() -> None:
    found = mentions("Ann Ruiz has criticized fellow Democrat Tom Hale over the tax bill.")
    assert found.get("Democrat Tom Hale") == "Tom Hale"


def test_a_legislators_party_and_state_after_the_name_mention_them() -> None:
    found = mentions("Rep. Ana Ruiz, D-Texas, denounced the mayor's comments on Friday.")
    assert found.get("D-Texas") == "Ana Ruiz"


def test_a_titled_one_word_name_is_a_person_whatever_the_model_said() -> None:
    text = "Conservative leadership contender Varga told reporters the budget was reckless."
    table = table_of(text)
    key = table.key_at(text.index("Varga"), text.index("Varga") + 5)
    assert key is not None and table.draft(key).type == "Person"
    assert table.draft(key).mentions[0].text == "Conservative leadership contender Varga"


def test_a_title_whose_appositive_is_a_person_is_no_surname() -> None:
    found = mentions("Labour's Shadow Chancellor Ian Lee said the budget was a failure.")
    assert "Shadow" not in found
    assert found.get("Ian Lee") == "Ian Lee"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A Chinese Foreign Ministry spokesman condemned Denmark on Tuesday.",
         "Chinese Foreign Ministry"),
        ("A Turkish Interior Ministry statement accused Greece of lying.",
         "Turkish Interior Ministry"),
    ],
)  # fmt: skip
def test_a_country_adjective_before_a_body_makes_it_that_countrys_body(
    text: str, mention: str
) -> None:
    found = mentions(text)
    assert found.get(mention) == mention
    assert not any(name in ("Foreign Ministry", "Interior Ministry") for name in found.values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz blamed the Republicans for the shutdown.", "Ana Ruiz"),
        ("The Labour establishment is blaming Ana Ruiz for the defeat.", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_an_untagged_full_name_that_acts_is_a_person(text: str, name: str) -> None:
    assert mentions(text).get(name) == name


@pytest.mark.parametrize(
    "text",
    [
        "Downing Street said the talks would go on.",
        "Visitors praised Underground Museum for its new wing, Tom Hale said.",
    ],
)
def test_a_place_named_like_a_person_is_no_person(text: str) -> None:
    table = table_of(text)
    people = {d.name for d in table.drafts.values() if d.type == "Person"}
    assert not people & {"Downing Street", "Underground Museum"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz accused the Workers' Party of lying about the budget.",
         "Workers' Party"),
        ("Ana Ruiz blamed the Farmers' Union for the blockade.", "Farmers' Union"),
    ],
)  # fmt: skip
def test_a_body_named_for_its_members_is_an_organisation(text: str, name: str) -> None:
    assert mentions(text).get(name) == name


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Sen. Tom Hale (R-Ohio) attacked the plan on Friday.", "R-Ohio"),
        ("Rep. Ana Ruiz, D-N.Y., praised the deal.", "D-N.Y."),
    ],
)  # fmt: skip
def test_a_party_state_tag_is_the_legislators_not_the_states(text: str, tag: str) -> None:
    table = table_of(text)
    people = [d for d in table.drafts.values() if d.type == "Person"]
    assert [m.text for m in people[0].mentions][-1] == tag
    assert "ohio" not in table.drafts
