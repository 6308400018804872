"""A body whose name ends with a registry name after "of" ("the Court of Justice of the European
Union") is that body, not the registry actor; and a place a body is based in ("the
Strasbourg-based court") is no country of its (sentences of our own)."""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.model import Actor, Article
from tests.said import speaker_of

_UNION = Actor("european-union", "European Union", "Organization", aliases=("EU",))


@pytest.fixture(scope="module")
def union_extractor(extractor: Extractor) -> Extractor:
    """The shared pipeline with a registry that knows the European Union."""
    return Extractor(registry=[_UNION], pipeline=extractor.pipeline)

_RULING = (
    "The Court of Justice of the European Union ruled against Corvex Mining on Tuesday.\n\n"
    "“The ruling is final and binds every member state,” the {seat}-based court said in a "
    "statement."
)


def test_the_court_named_in_full_is_an_actor(union_extractor: Extractor) -> None:
    text = "The Strasbourg-based Court of Justice of the European Union sided with Corvex Mining."
    names = {a.name for a in union_extractor(Article("t", text)).actors}
    assert "Court of Justice of the European Union" in names


@pytest.mark.parametrize("seat", ["Luxembourg", "Geneva"])
def test_the_court_based_in_a_city_is_the_court_named(
    union_extractor: Extractor, seat: str
) -> None:
    text = _RULING.format(seat=seat)
    assert speaker_of(union_extractor, text, "The ruling is final") == (
        "Court of Justice of the European Union"
    )


def test_the_union_alone_is_still_the_union(union_extractor: Extractor) -> None:
    text = "The European Union said on Monday it would fine Corvex Mining."
    assert speaker_of(union_extractor, text, "it would fine") == "European Union"
