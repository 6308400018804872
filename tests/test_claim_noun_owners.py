"""A statement reported by a noun its speaker owns through a pronoun (sentences of our own):
"the board accepted his explanation that ..." and "rejected her argument that ..." make the
clause the person's words, as "X's claim that ..." does."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The panel accepted his explanation that the missing forms were lost in a flood at "
         "the depot.", "the missing forms were lost"),
        ("The league rejected his argument that the transfer window had been closed early.",
         "the transfer window had been closed early"),
    ],
)  # fmt: skip
def test_a_pronoun_owned_claim_noun_is_its_owners_statement(
    extractor: Extractor, sentence: str, words: str
) -> None:
    text = "Tomas Brandt, a cyclist, tested positive in March.\n\n" + sentence
    found = said(extractor, text)
    assert [(name, q.span.text.startswith(words)) for name, q in found] == [("Tomas Brandt", True)]


def test_whose_claim_is_the_claim_of_the_one_the_relative_is_about(
    extractor: Extractor,
) -> None:
    text = (
        "The board heard an appeal from Tomas Brandt, whose claim that the referee had been "
        "paid was mocked by rival clubs."
    )
    found = said(extractor, text)
    assert [(name, q.span.text) for name, q in found] == [
        ("Tomas Brandt", "the referee had been paid")
    ]


def test_ridiculing_a_claim_outside_the_vocabulary_opposes_its_claimant(
    extractor: Extractor,
) -> None:
    from graph.model import Article

    text = (
        "The board heard an appeal from Tomas Brandt, whose claim that the referee had been "
        "paid was mocked by the Harbour Supporters Trust."
    )
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    stances = {(names[s.source], s.polarity, names.get(s.target, s.target)) for s in result.stances}
    assert ("Harbour Supporters Trust", "oppose", "Tomas Brandt") in stances, stances
    assert not [t for t in stances if "claim" in t[2]], stances


def test_whose_is_no_word_of_the_issue_a_claim_noun_names(extractor: Extractor) -> None:
    from tests.rule_stances import stance_triples

    text = (
        "The board heard an appeal from Tomas Brandt, whose claim of bias was mocked by the "
        "Harbour Supporters Trust."
    )
    assert not [t for t in stance_triples(extractor, text) if "whose" in t[2]]
