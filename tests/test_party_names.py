"""A party name the model reads as a person ("the opposition Juwa party") is the party's, noun
included; with two opposition parties named, "the opposition" is the country's opposition, not
the first party (sentences are our own)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article
from tests.said import said

TEXT = (
    "Three opposition candidates in Zambia filed a petition on Saturday. Ana Ruiz, a "
    "flag-bearer for the opposition Orange party, said the vote was rigged.\n\n"
    "The opposition claims the poll was tainted by fraud.\n\n"
    '"The results do not reflect reality," said Tomas Berg, the head of the opposition Juwa '
    "party.\n"
)


def test_a_party_name_read_as_a_person_is_the_party(extractor: Extractor) -> None:
    actors = {a.name: a.type for a in extractor(Article("t", TEXT)).actors}
    assert actors.get("Juwa party") == "Organization"
    assert "Juwa" not in actors


def test_the_opposition_of_two_named_parties_is_neither(extractor: Extractor) -> None:
    speakers = {q.text[:20]: name for name, q in said(extractor, TEXT)}
    assert speakers["the poll was tainted"] == "Zambian opposition"


def test_a_possessor_before_party_stays_the_person(extractor: Extractor) -> None:
    text = "Ana Ruiz's party won the vote. Ana Ruiz said the result was fair.\n"
    assert "Ana Ruiz" in {a.name for a in extractor(Article("t", text)).actors}
