"""Where a report ends: at a colon that opens a quotation ('insisted the offer was fair: "We
..."' is the report and the quotation), and before the main clause after a fronted participle
("Highlighting that X, the leader claimed Y": two reports) (own sentences)."""

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



def test_a_fronted_participles_report_stops_before_the_main_clause(
    extractor: Extractor,
) -> None:
    text = (
        "Tomas Berg spoke on Friday.\n\nHighlighting that the candidates were winning by wide "
        "margins, the party leader claimed the party had evidence of fraud.\n"
    )
    spans = [q.span.text for _, q in said(extractor, text)]
    assert spans == [
        "the candidates were winning by wide margins",
        "the party had evidence of fraud",
    ]
