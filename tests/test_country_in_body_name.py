"""A country named inside a body's name is still the country where the model calls it a person
(sentences of our own): "Malawi Post" does not make "Malawi" a person's first name, as "Jordan
Peterson" makes "Jordan" one."""

from __future__ import annotations

import pytest

from graph.extract.surfaces import country_alone, title_or_body_word


def test_a_body_named_after_its_country_leaves_the_country_alone() -> None:
    text = "Workers at Malawi Post struck. Malawi said the strike was illegal."
    assert country_alone(text, "Malawi")


def test_a_person_named_like_a_country_is_no_country() -> None:
    assert not country_alone("Jordan Peterson spoke. Jordan said it was late.", "Jordan")
    assert not country_alone("Michael Jordan said it was late.", "Jordan")


@pytest.mark.parametrize("word", ["Ministry", "Council", "Party", "Post", "Police"])
def test_a_bodys_word_stays_a_bodys_word_for_names(word: str) -> None:
    # The words after a country that make a body's name ("Malawi Post") are their own set: the
    # words that keep a body's name out of a person's ("Council") are not narrowed to them.
    assert title_or_body_word(word)
