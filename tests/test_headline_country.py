"""A story whose body never names the country of its election: the headline does ("Riots after
Kenya vote"), and a verdict on "the election" is one on that country's (sentences of our own)."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article

_BODY = (
    "Crowds set fire to a party office in the capital on Tuesday night.\n\n"
    "Monitors from abroad said the election had been free and fair.\n\n"
    '"These results were stolen from the people," opposition leader Ana Korr told reporters.\n'
)


def _claims(extractor: Extractor, title: str | None) -> set[tuple[str, str, str]]:
    found = extractor(Article("t", _BODY, title=title))
    return {(s.source, s.target, s.polarity) for s in found.stances if s.target_kind == "claim"}


def test_the_headline_names_the_country_of_the_election(extractor: Extractor) -> None:
    claims = _claims(extractor, "Riots after Kenya vote")
    assert ("ana-korr", "kenya-results-are-valid", "oppose") in claims
    assert {t for _, t, p in claims if p == "support"} == {"kenya-election-was-free-and-fair"}


def test_without_a_headline_no_country_is_made_up(extractor: Extractor) -> None:
    assert not any(t.startswith("kenya") for _, t, _ in _claims(extractor, None))


def test_the_body_outranks_the_headline(extractor: Extractor) -> None:
    found = extractor(
        Article("t", "Ghana held a presidential election.\n\n" + _BODY, title="Kenya reacts")
    )
    targets = {s.target for s in found.stances if s.target_kind == "claim"}
    assert targets and all(t.startswith("ghana") for t in targets)
