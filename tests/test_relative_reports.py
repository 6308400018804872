"""Relative clauses of things: a reporting verb the parser coordinates into one belongs to the
main clause ("rejected a ruling that confirmed X and said ..."); what the clause does is the
thing's or its owner's, never the last person's ("a ruling that confirmed X"), and only a
document issued is its issuer's declaration."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples
from tests.said import said

_LEAD = (
    "HARARE (Reuters) - Opposition leader Nelson Chamisa on Saturday rejected a court ruling "
    "that confirmed President Emmerson Mnangagwa as winner of the July 30 presidential vote"
)


def test_a_report_coordinated_into_the_relative_clause_is_the_main_subjects(
    extractor: Extractor,
) -> None:
    found = said(extractor, _LEAD + " and said he had a legitimate claim to lead the country.")
    assert [(who, q.text[:10]) for who, q in found] == [("Nelson Chamisa", "he had a l")]


def test_what_a_ruling_confirms_is_no_stance_of_who_rejects_it(extractor: Extractor) -> None:
    found = stance_triples(extractor, _LEAD + ".")
    assert ("Nelson Chamisa", "support", "Emmerson Mnangagwa") not in found


def test_a_relative_clause_of_a_named_body_is_its_act(extractor: Extractor) -> None:
    found = stance_triples(
        extractor, "The United Steelworkers, which has backed Kamala Harris, met on Monday."
    )
    assert ("United Steelworkers", "support", "Kamala Harris") in found
