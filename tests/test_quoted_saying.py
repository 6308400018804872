"""An outlet quoting someone "saying" without "as" ("The paper quoted Tomas Berg saying: ...",
"Reuters quoted a witness saying that ..."): the one quoted speaks, not the outlet, as with
"quoted X as saying". Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return [(names[q.speaker], text[q.span.start : q.span.end]) for q in result.quotes]


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        (
            'The Kelm Herald quoted Professor Tomas Berg, a fertility expert, saying: "If this '
            'is a false report, it is misconduct."',
            "If this is a false report, it is misconduct.",
        ),
        ("The Kelm Herald quoted Tomas Berg saying the report was false.", "the report was false"),
        ("The Kelm Herald quoted Tomas Berg as saying the vote was fair.", "the vote was fair"),
    ],
)
def test_the_one_quoted_speaks(extractor: Extractor, sentence: str, report: str) -> None:
    text = f"Voss Group shares fell on Monday.\n\n{sentence}\n"
    assert said(extractor, text) == [("Tomas Berg", report)]


def test_the_outlet_speaks_its_own_words(extractor: Extractor) -> None:
    text = "Voss Group shares fell.\n\nThe Kelm Herald said the report was false.\n"
    assert said(extractor, text) == [("Kelm Herald", "the report was false")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Opposition leader Ana Ruiz cited the Kelm Monetary Fund, saying its forecast showed a slump.",
            "Ana Ruiz",
        ),
        (
            "Prime Minister Tomas Berg quoted Winston Churchill, saying the country would never surrender.",
            "Tomas Berg",
        ),
    ],
)
def test_one_quoting_another_to_make_a_point_speaks(
    extractor: Extractor, sentence: str, speaker: str
) -> None:
    assert [who for who, _ in said(extractor, f"Voss Group shares fell.\n\n{sentence}\n")] == [
        speaker
    ]
