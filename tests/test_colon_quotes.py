"""A report that runs into a quotation after a colon ends at the colon: 'insisted the offer was
fair: "We ..."' is two statements, the report and the quotation (own sentences)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said


def test_a_report_ends_at_the_colon_that_opens_a_quotation(extractor: Extractor) -> None:
    text = (
        'Education Minister Lucia Ferro insisted that the offer was fair: "We have gone as far '
        'as we can."\n'
    )
    found = [(name, q.kind, q.span.text) for name, q in said(extractor, text)]
    assert ("Lucia Ferro", "indirect", "the offer was fair") in found
    assert ("Lucia Ferro", "direct", "We have gone as far as we can.") in found

