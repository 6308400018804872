"""A role qualified by a country ("the Turkish president", "the U.S. envoy") is someone of that
country, like "Turkey's president": never the last person quoted or the next person named when
that person is of another country."""

from __future__ import annotations

from graph.extract import Extractor
from graph.model import Article


def _sources(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    return {(names.get(s.source, s.source), names.get(s.target, s.target)) for s in x.stances}


def test_a_country_role_is_not_the_next_person_of_another_country(extractor: Extractor) -> None:
    text = (
        "The Turkish president lashed out at Germany. "
        "The Iranian foreign minister criticised Canada."
    )
    pairs = _sources(extractor, text)
    assert ("Iranian foreign minister", "Germany") not in pairs
    assert ("Turkish president", "Germany") in pairs


def test_a_country_role_is_the_person_written_with_that_country(extractor: Extractor) -> None:
    text = (
        "Turkish President Kemal Aydin met reporters in Ankara on Monday. The Turkish president "
        "said the talks had failed.\n\nThe Iranian foreign minister, Reza Tavakoli, arrived "
        "later. The Turkish president criticised Germany."
    )
    x = extractor(Article("t", text))
    names = {a.id: a.name for a in x.actors}
    assert {names[q.speaker] for q in x.quotes} == {"Kemal Aydin"}
    assert {names[s.source] for s in x.stances} == {"Kemal Aydin"}
