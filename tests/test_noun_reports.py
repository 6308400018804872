"""A demand, an allegation or a call made in a noun phrase is reported speech.

"demanded a full recount", "alleged massive voter fraud", "called for a boycott of the vote":
the noun phrase is what was said. A pronoun, a person or a phrase too short to stand alone is
no statement. Sentences of our own.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def _reports(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    result = extractor(Article(id="t", text=text))
    names = {a.id: a.name for a in result.actors}
    return [(names[q.speaker], q.cue or "", q.span.text) for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Beck demanded a full recount of the ballots on Monday.",
            ("Tom Beck", "demanded", "a full recount of the ballots"),
        ),
        (
            "Opposition leader Tom Beck alleged massive voter fraud.",
            ("Tom Beck", "alleged", "massive voter fraud"),
        ),
        (
            "Ana Ruiz called for a boycott of the vote.",
            ("Ana Ruiz", "called", "a boycott of the vote"),
        ),
    ],
)
def test_the_noun_phrase_is_the_statement(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert _reports(extractor, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Beck demanded it.",
        "Ana Ruiz called for calm.",
        "Ana Ruiz called for Tom Beck.",
        "The alleged fraud was never proven, Tom Beck wrote in his memoir years later about it.",
    ],
)
def test_no_statement_without_words_of_one(extractor: Extractor, text: str) -> None:
    assert all(
        cue not in ("demanded", "called", "alleged") for _, cue, _ in _reports(extractor, text)
    )
