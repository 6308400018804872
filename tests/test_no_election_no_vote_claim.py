"""A story that speaks of no election makes no claim about one (sentences of our own): in a
chess row, "as a result" names no vote and "cheat detection" no rigged election; the call is
a stance on what it calls for."""

from __future__ import annotations

from graph.extract import Extractor
from tests.rule_stances import stance_triples

_STORY = (
    "American grandmaster Paul Verne lost to Ivo Kask in St. Louis. As a result, Verne quit the "
    "tournament. Verne, who called for stricter cheat detection measures, did not say how Kask "
    "might have cheated."
)
_ELECTION_CLAIMS = ("-election-was-fraudulent", "-results-are-valid", "-won-the-election")


def test_no_election_claim_in_a_story_without_one(extractor: Extractor) -> None:
    found = stance_triples(extractor, _STORY)
    assert not any(target.endswith(_ELECTION_CLAIMS) for _, _, target in found)


def test_an_election_story_still_has_its_country() -> None:
    from graph.extract.elections import country_of_election
    from graph.extract.nlp import load_pipeline

    text = "As a result of the count, Chile's opposition said the presidential vote was rigged."
    (doc,) = load_pipeline().parse([text])
    assert country_of_election(doc, text) == "Chile"


def test_results_named_alone_still_make_an_election_story(extractor: Extractor) -> None:
    text = (
        "Peru's opposition rejected the official results on Monday, saying the count was rigged "
        "in favour of Ana Lenz."
    )
    found = stance_triples(extractor, text)
    assert any(target.startswith("peru-") for _, _, target in found)
