"""A view owned by someone and set before a clause reports the clause as theirs: "In his
opinion, the dispute is becoming destructive", "In the view of the federation, the strike is
disproportionate"; a time or place "in" phrase reports nothing."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said

_LEAD = "BERLIN (Reuters) - Transport Minister Volker Wissing criticised the strike on Monday. "


def test_his_opinion_is_his_statement(extractor: Extractor) -> None:
    found = said(
        extractor,
        _LEAD + "In his opinion, the pay dispute between the railway and the union is becoming "
        "increasingly destructive.",
    )
    assert [(who, q.text[:16]) for who, q in found] == [("Volker Wissing", "the pay dispute ")]


def test_the_view_of_a_named_body_is_its_statement(extractor: Extractor) -> None:
    found = said(
        extractor,
        _LEAD + "In the view of the Railway Employers Federation, the strike is disproportionate.",
    )
    assert [who for who, _ in found] == ["Railway Employers Federation"]


def test_an_unowned_in_phrase_reports_nothing(extractor: Extractor) -> None:
    found = said(extractor, _LEAD + "In recent years, the union has grown by a third.")
    assert found == []


def test_a_participle_of_responding_is_no_report_of_its_own(extractor: Extractor) -> None:
    found = said(
        extractor,
        "HARARE (Reuters) - Nelson Chamisa, 40, rejected the ruling on Saturday.\n\nResponding "
        "to Mnangagwa's comments that his door was open to Chamisa, the 40-year-old opposition "
        "leader said any talks could only be about the president's legitimacy.",
    )
    assert [(who, q.text[:10]) for who, q in found if who == "Nelson Chamisa"] == [
        ("Nelson Chamisa", "any talks ")
    ]
