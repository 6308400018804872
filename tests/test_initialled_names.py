"""A given name written as its initial is the same person: "T. Berg" and "Tomas Berg" (own sentences)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Article


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Berg of Chile spoke on Monday. Later, T. Berg told reporters the talks"
        " had failed.",
        '"We will not give in," T. Berg said on Monday. Tomas Berg, the union leader, spoke for'
        " an hour.",
    ],
)
def test_an_initialled_name_is_the_full_names_person(extractor: Extractor, text: str) -> None:
    result = extractor(Article("t", text))
    people = [a for a in result.actors if a.type == "Person"]
    assert [(a.name, a.aliases) for a in people] == [("Tomas Berg", ("T. Berg",))]
    assert [result.actor(q.speaker).name for q in result.quotes] == ["Tomas Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berg and Teresa Berg spoke. T. Berg said the talks had failed.",  # two fit
        "Tomas Berg spoke. A. Berg said the talks had failed.",  # another initial
    ],
)
def test_an_initial_that_fits_no_one_person_stays_apart(extractor: Extractor, text: str) -> None:
    names = {a.name for a in extractor(Article("t", text)).actors}
    assert "Tomas Berg" in names and any(n.endswith(". Berg") for n in names)
