"""A name joined by a hyphen to a word that makes it an adjective ("a Pashto-language channel",
"a Paris-based group"; sentences of our own) is no actor, nor is "Brexit"; a person's name
written with a hyphen ("Lin Mei-ling") stays a person."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.non_names import names_no_actor
from graph.model import Article


def test_compound_adjectives_name_nobody() -> None:
    text = "a Pashto-language channel and a Paris-based group"
    assert names_no_actor(text, 2, 17, "PERSON")
    assert names_no_actor(text, 32, 43, "ORG")


def test_a_hyphenated_name_stays_a_person() -> None:
    text = "said Lin Mei-ling, the mayor"
    assert not names_no_actor(text, 5, 17, "PERSON")


def test_brexit_is_no_actor(extractor: Extractor) -> None:
    text = "Several Labour politicians said Brexit had cost the region thousands of jobs."
    assert "Brexit" not in {a.name for a in extractor(Article("t", text)).actors}
