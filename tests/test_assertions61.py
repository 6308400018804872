"""Assertions reported without a verb of speech: "was adamant that ...", "has been clear that
...", and a gerund denied or admitted ("denied having made the comment") (session 61; own
sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said_texts


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("The chiefs have been adamant they are going to uphold their law.", "chiefs",
         "they are going to uphold their law"),
        ("Ana Ruiz was adamant that the plan would go ahead.", "Ana Ruiz",
         "the plan would go ahead"),
        ("Ana Ruiz has been clear that she will not resign.", "Ana Ruiz", "she will not resign"),
        ("Ana Ruiz denied having made the comment.", "Ana Ruiz", "having made the comment"),
    ],
)  # fmt: skip
def test_asserted_and_denied(extractor: Extractor, text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in said_texts(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "It is clear that the plan failed.",
        "What is clear is that the plan failed.",
        "Tom Berg denied the charges.",
    ],
)
def test_nobody_asserts_or_nothing_is_denied(extractor: Extractor, text: str) -> None:
    assert not said_texts(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz was so adamant that officials agreed to recount the votes.",
        "Tom Berg was adamant enough that his aides cancelled the trip.",
        "Tom Berg was adamant in his denial that he had ever taken bribes.",
        "The Harbour Board must be clear that it will not tolerate violence.",
        "Ana Ruiz wants the minister to be clear that the cuts are temporary.",
    ],
)
def test_results_denials_and_requests_are_no_assertion(extractor: Extractor, text: str) -> None:
    assert not said_texts(extractor, text)
