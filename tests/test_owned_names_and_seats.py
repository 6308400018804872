"""A name the model cut after its first word behind a possessor ("President X's Union| for the
Popular Majority") is the owner and the whole name; a name after a capitalised one-person title
("Deputy Chancellor X") is a person's; a party that won a majority of the seats a sentence counts
won the election, and one that won a minority of them did not (issue 12.3). Sentences are our
own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.elections import seat_majority
from graph.extract.nlp import load_pipeline
from graph.extract.person_titles import after_person_title
from graph.extract.possessives import entity_parts
from tests.rule_stances import stance_triples


def test_a_possessor_and_the_whole_name_cut_after_its_first_word() -> None:
    text = "Officials said President Ana Ruiz’s Union for the Popular Majority (UPM) had won."
    (doc,) = load_pipeline().parse([text])
    start = text.index("Ana")
    ent = doc.char_span(start, text.index(" for"), label="PERSON")
    assert [text[a:b] for a, b, _ in entity_parts(ent, text)] == [
        "Ana Ruiz", "Union for the Popular Majority"
    ]  # fmt: skip
    assert [label for _, _, label in entity_parts(ent, text)] == ["PERSON", "ORG"]


def test_a_possessor_before_a_lowercase_word_keeps_the_name_as_tagged() -> None:
    text = "Officials said Ana Ruiz’s Union for change was new."
    (doc,) = load_pipeline().parse([text])
    start, end = text.index("Ana"), text.index(" for")
    ent = doc.char_span(start, end, label="ORG")
    assert entity_parts(ent, text) == [(start, end, "ORG")]


@pytest.mark.parametrize("title", ["Deputy Chancellor", "Vice Chancellor", "Foreign Minister"])
def test_a_capitalised_title_of_one_person_makes_a_person(title: str) -> None:
    text = f"{title} Jan-Erik Lovdal said so."
    assert after_person_title(text, len(title) + 1)


@pytest.mark.parametrize("text", ["the Central Bank Norvald said", "the Party Unity Now said"])
def test_a_capitalised_body_word_makes_no_person(text: str) -> None:
    start = text.index("Norvald") if "Norvald" in text else text.index("Unity")
    assert not after_person_title(text, start)


@pytest.mark.parametrize(
    ("sentence", "majority"),
    [
        ("The Blue Party won 49 out of 65 seats.", True),
        ("The Blue Party won 51 of the 80 seats.", True),
        ("The Blue Party won 20 out of 65 seats.", False),
        ("The Blue Party won 30 seats.", False),
        ("The Blue Party won 49 percent of the vote.", False),
    ],
)
def test_a_majority_of_the_seats_counted(sentence: str, majority: bool) -> None:
    (doc,) = load_pipeline().parse([sentence])
    win = next(t for t in doc if t.lemma_ == "win")
    assert seat_majority(win) is majority


def test_a_party_reported_to_have_won_most_seats_won_the_election(extractor: Extractor) -> None:
    text = (
        "Gabon's interior minister, Karl Obuya, said provisional results showed that the "
        "Alliance for National Renewal had won 51 out of 80 seats in Sunday's parliamentary "
        "election.\n"
    )
    assert (
        "Karl Obuya",
        "support",
        "alliance-for-national-renewal-won-the-election",
    ) in stance_triples(extractor, text)


def test_a_party_reported_to_have_won_few_seats_did_not_win(extractor: Extractor) -> None:
    text = (
        "Gabon's interior minister, Karl Obuya, said provisional results showed that the "
        "Alliance for National Renewal had won 21 out of 80 seats in Sunday's parliamentary "
        "election.\n"
    )
    assert not any(t.endswith("won-the-election") for _, _, t in stance_triples(extractor, text))


def test_a_title_cut_behind_a_possessor_takes_no_name_after_it() -> None:
    text = "Officials said Ana Ruiz’s Minister for Foreign Affairs Ivo Lang had resigned."
    (doc,) = load_pipeline().parse([text])
    start, end = text.index("Ana"), text.index(" for")
    ent = doc.char_span(start, end, label="PERSON")
    assert not any("Affairs" in text[a:b] for a, b, _ in entity_parts(ent, text))


def test_a_person_who_won_a_minority_of_seats_did_not_win(extractor: Extractor) -> None:
    text = (
        "Gabon's interior minister, Karl Obuya, said provisional results showed that Amos "
        "Wekesa had won 21 out of 80 seats in Sunday's parliamentary election.\n"
    )
    assert not any(t.endswith("won-the-election") for _, _, t in stance_triples(extractor, text))
