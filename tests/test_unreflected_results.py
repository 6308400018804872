"""Results said not to reflect the voters' will oppose the official results when the story
tells no winner, and the winner's win when it does (sentences of our own)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

_QUOTE = "“These results do not reflect the will of the people,” Ana Lind said on Monday."


def _stances(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    result = extractor(Article("t", text))
    labels = {c.id: c.text for c in result.claims}
    return {(s.polarity, labels.get(s.target, s.target)) for s in result.stances}


def test_with_no_winner_told_the_results_are_opposed(extractor: Extractor) -> None:
    text = f"Ghana voted for a president on Sunday.\n\n{_QUOTE}"
    assert ("oppose", "the official results of the election in Ghana are valid") in _stances(
        extractor, text
    )


def test_with_a_winner_told_the_win_is_opposed(extractor: Extractor) -> None:
    text = f"Ghana voted on Sunday, and Tom Beck won the election with 52 percent.\n\n{_QUOTE}"
    assert ("oppose", "Tom Beck won the election") in _stances(extractor, text)
