"""A quotation across paragraphs whose end names no speaker is the words of whoever the
sentence before it introduces, as a quotation of one paragraph is (session 60; own text)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said

_OPEN = (
    "Working conditions at Acme Corp were described as poor in a report by the Senate Labour "
    "Committee.\n\n"
)
_CHAIN = (
    '"Serious safety breaches also seem to have occurred.\n\n'
    '"For this to happen in 2016 is a serious indictment of the management at Acme."\n\n'
    'A spokesman for Acme said: "We will study the report."'
)


def _speakers(extractor: Extractor, text: str) -> dict[str, str]:
    """The speaker's name of each quote, by its first word."""
    return {q.span.text.split()[0]: name for name, q in said(extractor, text)}


def test_each_paragraph_is_the_reporting_bodys(extractor: Extractor) -> None:
    text = _OPEN + "Staff were not paid the minimum wage, the committee said.\n\n" + _CHAIN
    found = _speakers(extractor, text)
    assert found["Serious"] == found["For"] == "Senate Labour Committee"


def test_after_a_report_whose_sentence_holds_a_quoted_phrase(extractor: Extractor) -> None:
    text = (
        _OPEN + 'Staff were fined for "taking a short break to drink water", the report stated.'
        "\n\n" + _CHAIN
    )
    found = _speakers(extractor, text)
    assert found["Serious"] == found["For"] == "Senate Labour Committee"


def test_a_chain_that_never_closes_is_nobodys(extractor: Extractor) -> None:
    text = (
        _OPEN + "Staff were not paid the minimum wage, the committee said.\n\n"
        '"Serious safety breaches also seem to have occurred.\n\n'
        '"Managers were warned twice.\n\n'
        "The committee meets again on Friday."
    )
    found = _speakers(extractor, text)
    assert "Serious" not in found and "Managers" not in found


def test_a_sentence_of_narration_between_introduces_no_one(extractor: Extractor) -> None:
    text = (
        _OPEN + "Staff were not paid the minimum wage, the committee said. Acme shares fell "
        "5 percent on Monday.\n\n" + _CHAIN
    )
    found = _speakers(extractor, text)
    assert "Serious" not in found and "For" not in found
