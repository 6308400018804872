"""A quotation that ends a report's own clause ("said that it was rejecting the outcome due to
“glaring irregularities and violations of procedure”") is a fragment of the report, left inside
it as the annotation conventions have it; a report that is only the quotation ('said that “we
will never accept this result”') is the direct quotation (sentences are our own)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def _quotes(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in extractor(Article("t", text)).quotes]


def test_a_long_fragment_ending_a_report_stays_inside_it(extractor: Extractor) -> None:
    text = (
        "The Civic Union said on Friday that it was rejecting the election outcome due to "
        '"glaring irregularities and violations of established electoral procedures."\n'
    )
    ((kind, words),) = _quotes(extractor, text)
    assert kind == "indirect"
    assert words.startswith("it was rejecting the election outcome")
    assert words.rstrip('."”').endswith("procedures")


def test_a_report_that_is_only_the_quotation_is_direct(extractor: Extractor) -> None:
    text = 'The Civic Union said that "we will never accept this result from the commission."\n'
    assert _quotes(extractor, text) == [
        ("direct", "we will never accept this result from the commission.")
    ]
