""" "This is according to X" (sentences of our own): a sentence that only points back at the one
before it and names its source makes that sentence the source's words; a source written as a
title followed by a comma and a name is the person named."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import said


@pytest.mark.parametrize(
    ("text", "source", "words"),
    [
        ("The harbour tax should be scrapped before the summer season begins.\n\n"
         "This is according to the chair of the Coastal Traders Guild, Priya Ramdhanie, who "
         "has written to the port authority twice.", "Priya Ramdhanie",
         "The harbour tax should be scrapped"),
        ("Three of the new trains will be withdrawn for repairs. That was according to "
         "Lisbeth Aalto, the operator's chief engineer.", "Lisbeth Aalto",
         "Three of the new trains"),
    ],
)  # fmt: skip
def test_the_sentence_a_pointer_names_a_source_for_is_the_sources(
    extractor: Extractor, text: str, source: str, words: str
) -> None:
    found = said(extractor, text)
    assert [name for name, _ in found] == [source]
    assert found[0][1].span.text.startswith(words)
    assert "according" not in found[0][1].span.text.lower()


def test_a_sentence_with_its_own_claim_keeps_its_words(extractor: Extractor) -> None:
    text = ("The mayor met the unions on Monday. Turnout was low, according to the city's "
            "election office.")  # fmt: skip
    found = said(extractor, text)
    assert all(not q.span.text.startswith("The mayor met") for _, q in found)
