"""A role given by a copula ("Boris Kalin was the main opposition candidate") is that person's,
as an apposition's is: a lead that opens on the role speaks as the person given it below, not as
the first person the story names (sentences are our own)."""

from __future__ import annotations

from graph.extract import Extractor
from tests.said import said


def test_a_lead_role_is_the_person_a_copula_gives_it_below(extractor: Extractor) -> None:
    text = (
        "The main opposition candidate in Ruritania has called for the results of Sunday's "
        "election to be cancelled.\n\nIvan Petrov officially won re-election for a fourth term, "
        "with 79% of the vote.\n\nBoris Kalin said the election was not free and fair.\n\n"
        "Boris Kalin was the main opposition candidate.\n"
    )
    assert [name for name, _ in said(extractor, text)] == ["Boris Kalin", "Boris Kalin"]
