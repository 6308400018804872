"""A report whose words are only a prepositional phrase ("quoted her as saying on Feb. 9", "said
in Lima on Monday") says when or where, not what: no statement; "said of the vote that it was
rigged" and "said on Monday that ..." still report their clause."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said_texts


@pytest.mark.parametrize(
    "text",
    [
        'Ana Reyes, the loser of the vote, "will never" accept the result, a newspaper quoted her '
        "as saying on Feb. 9.",
        "Ana Reyes, asked about the vote, said in Lima on Monday.",
    ],
)
def test_a_circumstance_alone_is_no_statement(extractor: Extractor, text: str) -> None:
    found = {words for _, words in said_texts(extractor, text)}
    assert not {w for w in found if w.startswith(("on ", "in "))}, found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ana Reyes said on Monday that the vote was rigged.", "the vote was rigged"),
        ("Ana Reyes said of the vote that it was rigged.", "it was rigged"),
    ],
)
def test_a_clause_is_still_reported(extractor: Extractor, text: str, words: str) -> None:
    assert ("Ana Reyes", words) in said_texts(extractor, text)
