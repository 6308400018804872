"""A court's ruling is reported like speech (sentences of our own): "the court ruled that X" says
X, a judge "ruling that" a deadline passed says so; "ruled out a rerun", "has ruled the country"
and "the court's ruling that ..." report nothing said."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said

LEAD = "Tomas Berg lost the vote in Zambia.\n\n"


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("The Supreme Court of Zambia ruled on Monday that Tomas Berg had not produced enough "
         "evidence of fraud.", "Supreme Court", "Tomas Berg had not produced enough evidence"),
        ('"There is no case to answer," said judge Ana Ruiz, ruling that the deadline for the '
         "appeal had passed.", "Ana Ruiz", "the deadline for the appeal had passed"),
    ],
)  # fmt: skip
def test_a_ruling_is_reported_like_speech(
    extractor: Extractor, text: str, speaker: str, words: str
) -> None:
    found = said(extractor, LEAD + text)
    assert any(name == speaker and q.span.text.startswith(words) for name, q in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court of Zambia ruled out a new vote on Monday.",
        "The Civic Party has ruled Zambia since 1991.",
        "The Supreme Court of Zambia issued a ruling that annulled the vote.",
    ],
)
def test_ruling_out_or_ruling_a_country_says_nothing(extractor: Extractor, text: str) -> None:
    assert said(extractor, LEAD + text) == []


@pytest.mark.parametrize("name", ["Tomas Okafor", "Mary Banda"])
def test_a_verb_after_a_quotation_is_its_cue(extractor: Extractor, name: str) -> None:
    # the parser may read "ruled" as a modifier of "judge": still the cue, the judge speaks
    text = LEAD + f'"We hereby annul the vote," ruled lead judge {name}.'
    assert [speaker for speaker, _ in said(extractor, text)] == [name]
