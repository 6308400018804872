"""A call to annul an election's results or a win opposes them (issue 12: claims with identity).

"called for annulment of the poll results", "demanded the nullification of the vote": the
results are held invalid, one node with "the official results ... are valid" opposed; "the
annulment of X's victory" disputes X's win instead of backing it. Our own sentences.
"""

from __future__ import annotations

import pytest

from graph.extract import Extractor
from graph.extract.claims import claim_for
from tests.rule_stances import stance_triples as stances


@pytest.mark.parametrize(
    "phrase", ["annulment of the poll results", "nullification of the count", "annulling the vote"]
)
def test_an_annulment_phrase_is_the_claim_against_the_results(phrase: str) -> None:
    claim = claim_for(phrase, country="Zambia")
    assert claim is not None and claim.id == "zambia-results-should-be-annulled"


@pytest.mark.parametrize(
    "text",
    [
        "Presidential contender Ana Ruiz of Zambia has called for annulment of the poll results.",
        "The Civic Front demanded the nullification of Zambia's presidential vote.",
    ],
)
def test_calling_for_annulment_opposes_the_results(extractor: Extractor, text: str) -> None:
    found = stances(extractor, text)
    assert any(p == "oppose" and t == "zambia-results-are-valid" for _, p, t in found), found
    assert not any("annulment" in t or "nullification" in t for _, _, t in found), found


def test_the_annulment_of_a_victory_disputes_the_win(extractor: Extractor) -> None:
    found = stances(
        extractor, "The Civic Front demanded the annulment of Lopes's victory in Zambia's election."
    )
    assert ("Civic Front", "oppose", "lopes-won-the-election") in found, found
    assert ("Civic Front", "support", "lopes-won-the-election") not in found, found


def test_annulling_a_law_is_no_claim_on_the_results() -> None:
    assert claim_for("the nullification of the new electoral law", country="Zambia") is None


@pytest.mark.parametrize(
    "phrase",
    [
        "the results given by the electoral commission to be annulled",
        "the vote in the capital and two provinces should be thrown out",
    ],
)
def test_results_to_be_annulled_far_from_their_noun(phrase: str) -> None:
    claim = claim_for(phrase, country="Zambia")
    assert claim is not None and claim.id == "zambia-results-should-be-annulled"


@pytest.mark.parametrize(
    "phrase",
    [
        "the new mining law to be annulled",
        "after the election the ban on opposition rallies should be overturned",
        "the counts show the new mining law will be invalidated",
        "the election of the party chairman should be annulled",
        "polls suggest the governor's decree will be overturned",
    ],
)
def test_another_thing_to_be_annulled_is_no_election_claim(phrase: str) -> None:
    claim = claim_for(phrase, country="Zambia")
    assert claim is None or claim.id != "zambia-results-should-be-annulled"
