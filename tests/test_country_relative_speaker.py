"""A country speaks through "which" as the subject of a speech verb ("sanctions imposed by
Brazil, which claims the firm poses a threat", "an angry response from Chile, which said ..."):
the country said it; a relative clause whose subject is someone else ("the vote in Brazil, which
observers said was flawed") or that says no words is not the country's statement."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said_texts


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "It follows sanctions imposed by Brazil, which claims the Chilean firm poses a "
            "national security threat.",
            "the Chilean firm poses a national security threat",
        ),
        (
            "The panel backed the plan, prompting an angry response from Chile, which said it "
            "had been blindsided by the move.",
            "it had been blindsided by the move",
        ),
    ],
)
def test_a_country_speaks_through_which(extractor: Extractor, text: str, words: str) -> None:
    found = said_texts(extractor, text)
    assert any(name in ("Brazil", "Chile") and said.startswith(words) for name, said in found), (
        found
    )


def test_a_relative_clause_of_someone_elses_words_is_not_the_countrys(extractor: Extractor) -> None:
    text = "The vote in Brazil, which observers said was flawed, ended on Sunday."
    assert not {name for name, _ in said_texts(extractor, text)} & {"Brazil"}
