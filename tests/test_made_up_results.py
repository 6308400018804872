"""Results called made up ("fake", "false", "a fabrication", "bogus") are a verdict of fraud:
the speaker opposes the official results; words about something else stay no verdict
(sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from tests.rule_stances import claim_stances

_VALID = "the official results of the election in Ghana are valid"


def _stances(extractor: Extractor, quote: str) -> set[tuple[str, str]]:
    text = f"Ghana voted for a president on Sunday.\n\n“{quote},” Ana Lind said on Monday."
    return claim_stances(extractor, text)


@pytest.mark.parametrize(
    "quote",
    [
        "The results they announced are fake",
        "These figures are false and the results are bogus",
        "The official results are a fabrication",
        "This election was a robbery",
    ],
)
def test_made_up_results_are_opposed(extractor: Extractor, quote: str) -> None:
    assert ("oppose", _VALID) in _stances(extractor, quote)


def test_false_words_about_something_else_are_no_verdict(extractor: Extractor) -> None:
    assert not _stances(extractor, "He made false promises to the farmers")
