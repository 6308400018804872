"""Reports after a quotation or beside a ruling (sentences of our own): an inverted document
subject the parser took for an object ('“…,” added a League statement') speaks for its maker;
"ruled out irregularities" and "a round that saw X declared the winner" report nothing."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said


def test_an_inverted_document_after_a_quote_speaks_for_its_maker(extractor: Extractor) -> None:
    text = (
        'It was a "calm and orderly day," mission head Peter Lindqvist told reporters.\n\n'
        '"Despite the rain, voters turned out in large numbers to choose their mayor," added a '
        "Southern Trade Council statement."
    )
    found = said(extractor, text)
    assert [name for name, _ in found] == ["Peter Lindqvist", "Southern Trade Council"]
    assert found[1][1].span.text.startswith("Despite the rain")


def test_ruled_out_and_saw_declared_report_nothing(extractor: Extractor) -> None:
    text = (
        "Monitors sent by the Southern Trade Council and the Arctic Forum also ruled out fraud "
        "in the runoff that saw Mensah declared mayor an hour after the polls closed."
    )
    assert said(extractor, text) == []
