"""A request, recommendation or proposal reported with a clause of its own ("requested that
access be allowed") is reported speech; one for a thing ("requested a hearing to overturn the
result", "recommended a recount") is not (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.said import speaker_of, speakers


@pytest.mark.parametrize("verb", ["requested", "recommended", "proposed"])
def test_a_directive_with_a_clause_is_reported(extractor: Extractor, verb: str) -> None:
    text = f"The regulator chair Ana Lind {verb} that the count in Tarvo be repeated."
    assert speaker_of(extractor, text, "the count in Tarvo be repeated") == "Ana Lind"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarvo Dockers Union lost the vote. It plans to request a hearing to overturn the "
        "union vote’s result.",
        "Ana Lind recommended a full recount in Tarvo.",
        "Ana Lind requested a meeting with the minister.",
    ],
)
def test_a_directive_for_a_thing_is_not(extractor: Extractor, sentence: str) -> None:
    assert speakers(extractor, sentence) == []
