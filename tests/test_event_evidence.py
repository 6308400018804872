"""An event's evidence is words: a paragraph break the parser hung on its sentence is no part of
it, so the event and a rule's stance on the same words are one reading."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

TEXT = (
    "Chile welcomed the decision by Peru, calling the plan “sound”.\n\n"
    "Peru said the plan would start in May.\n\n"
    "Police arrested two protesters in Lima.\n"
)


def test_event_evidence_ends_with_a_word(extractor: Extractor) -> None:
    result = extractor(Article("t", TEXT))
    assert result.events
    for event in result.events:
        assert event.span.text == event.span.text.strip()
        assert "\n" not in event.span.text


def test_one_stance_per_reading_of_the_same_words(extractor: Extractor) -> None:
    result = extractor(Article("t", TEXT))
    keys = [(s.source, s.polarity, s.target) for s in result.stances if s.span.start == 0]
    assert len(keys) == len(set(keys))
