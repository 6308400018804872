"""A bare "a spokesperson said" speaks for the body that spoke or acted just before, in its
paragraph or the one above; with none so near it stays a description (issue 13.3). Sentences
are our own."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import speakers


def test_a_spokesperson_after_a_body_speaks_for_it(extractor: Extractor) -> None:
    text = (
        "The Football League signalled the ban on Harbour Town will still stand while the appeal is "
        "heard.\n\n"
        "“We can confirm that the chairman has rejected the application,” a spokesperson told "
        "reporters in a statement on Friday.\n"
    )
    assert speakers(extractor, text) == ["Football League", "Football League"]


def test_a_spokesperson_after_a_company_speaks_for_it(extractor: Extractor) -> None:
    text = (
        "Acme Corp said the talks would resume on Monday.\n\n"
        "“We remain committed to the process,” a spokesperson said.\n"
    )
    assert speakers(extractor, text) == ["Acme Corp", "Acme Corp"]


def test_a_spokesperson_far_from_any_body_stays_a_description(extractor: Extractor) -> None:
    text = (
        "Acme Corp said the talks would resume on Monday.\n\n"
        "The weather was cold.\n\nMany workers stayed home.\n\n"
        "“We remain committed to the process,” a spokesperson said.\n"
    )
    assert speakers(extractor, text) == ["Acme Corp", "spokesperson"]


def test_a_spokesperson_after_a_person_is_not_theirs(extractor: Extractor) -> None:
    text = (
        "Union leader Tom Hale said the strike would go on.\n\n"
        "“We remain committed to the process,” a spokesperson said.\n"
    )
    assert speakers(extractor, text) == ["Tom Hale", "spokesperson"]
