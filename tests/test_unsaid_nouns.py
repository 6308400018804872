"""A noun the parser reads as a reporting verb after a preposition reports nothing.

"boycotted the vote over claims her candidacy is illegal": "claims" is a noun whose claimants
the sentence leaves to the reader, not a report by the sentence's subject. Sentences of our own.
"""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def _cues(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(q.cue or "", q.span.text) for q in extractor(Article(id="t", text=text)).quotes]


def test_claims_after_a_preposition_are_no_report_of_the_subject(extractor: Extractor) -> None:
    text = (
        "Freedonia’s electoral commission announced on Monday that President Ana Ruiz had won "
        "a third term after her two main rivals boycotted the election over claims her "
        "candidacy is illegal."
    )
    assert [cue for cue, _ in _cues(extractor, text)] == ["announced"]


def test_a_gerund_after_a_preposition_still_reports(extractor: Extractor) -> None:
    text = "Ana Ruiz demanded a full recount after saying the vote had been rigged."
    assert ("saying", "the vote had been rigged") in _cues(extractor, text)
