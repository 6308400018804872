"""A demand that the count be repeated is a call to verify the results (issue 12: claims).

"demands the counting process be repeated", "the tally to be redone": the same proposition as
"a recount", one node. Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.claims import claim_for
from graph.model import Article


@pytest.mark.parametrize(
    "phrase", ["the counting process be repeated", "the tally to be redone", "a full recount"]
)
def test_a_repeated_count_is_the_verification_claim(phrase: str) -> None:
    claim = claim_for(phrase, country="Kenya")
    assert claim is not None and claim.id == "kenya-results-should-be-verified"


def test_a_repeated_count_demanded_is_supported(extractor: Extractor) -> None:
    text = (
        "Kenya held a presidential election on Sunday. The Civic Front demands the counting "
        "process be repeated."
    )
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    found = {(names[s.source], s.polarity, s.target) for s in result.stances}
    assert ("Civic Front", "support", "kenya-results-should-be-verified") in found, found


def test_a_count_of_other_things_is_no_recount() -> None:
    assert claim_for("the count of the protesters", country="Kenya") is None
