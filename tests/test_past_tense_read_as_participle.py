"""A report whose verb the tagger read as a participle on the object of "said": "said the
decision deprived tobacco firms of their brands" (the parser made "firms" the object of "said"
and "deprived", with its own subject, a modifier of it). A verb in -ed with a subject of its own and
no auxiliary is a past tense: the object's phrase is the report. Sentences are our own."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return [(names[q.speaker], text[q.span.start : q.span.end]) for q in result.quotes]


@pytest.mark.parametrize(
    "report",
    [
        "the decision deprived tobacco firms of their brands",
        "the decision deprived growers of their land",
    ],
)
def test_a_past_tense_taken_for_a_participle_still_reports(
    extractor: Extractor, report: str
) -> None:
    text = f"Health Minister Tara Voss said {report}."
    assert said(extractor, text) == [("Tara Voss", report)]


def test_a_thing_said_reports_nothing(extractor: Extractor) -> None:
    assert said(extractor, "Tara Voss said a few words to the deprived families.") == []
