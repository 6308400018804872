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
